export { parseName, parseCountryCode, parseDate, parseAmount, parseYear, NAME_MAX_LENGTH } from './rules';
export { parseText } from './text';
export { ASSIGNED_COUNTRY_CODES } from './iso-3166-1-alpha-2';
