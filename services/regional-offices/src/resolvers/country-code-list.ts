import { badUserInput } from '@wego/errors';
import { ASSIGNED_COUNTRY_CODES, parseCountryCode } from '@wego/input-rules';

/** As many codes as there are countries: a longer list must repeat one. */
export const MAX_COUNTRY_CODES = ASSIGNED_COUNTRY_CODES.size;

/** A list of assigned upper-case ISO 3166-1 alpha-2 codes, each once; the length is checked before any code. */
export function parseCountryCodeList(field: string, raw: readonly string[]): string[] {
  if (raw.length > MAX_COUNTRY_CODES) throw badUserInput(field, `The ${field} list holds at most ${MAX_COUNTRY_CODES} countries.`);
  const seen = new Set<string>();
  return raw.map((code, index) => {
    const countryCode = parseCountryCode(`${field}[${index}]`, code);
    if (seen.has(countryCode)) throw badUserInput(`${field}[${index}]`, `${countryCode} is listed twice in ${field}; list each country once.`);
    seen.add(countryCode);
    return countryCode;
  });
}
