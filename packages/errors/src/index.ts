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
export { formatPublicError, maskError, isClientFacingCode } from './public-error';
export { malformedLiteralRule, reclassifyMalformedLiteral } from './malformed-literals';
export { withoutSuggestions } from './suggestions';
