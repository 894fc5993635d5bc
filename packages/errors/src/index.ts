export { ErrorCode, PUBLIC_ERROR_EXTENSIONS, HTTP_STATUS_OF_REQUEST_ERROR } from './codes';
export {
  badUserInput,
  charterViolation,
  notFound,
  unauthenticated,
  forbidden,
  conflict,
  unavailable,
  codeOf,
} from './domain-error';
export { formatPublicError, maskError, isClientFacingCode, reclassifyMalformedLiteral } from './public-error';
