export { ErrorCode, PUBLIC_ERROR_EXTENSIONS } from './codes';
export {
  badUserInput,
  charterViolation,
  notFound,
  unauthenticated,
  forbidden,
  conflict,
  unavailable,
} from './domain-error';
export { formatPublicError, maskError, isClientFacingCode, reclassifyMalformedLiteral } from './public-error';
export { withoutSuggestions } from './suggestions';
