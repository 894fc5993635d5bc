import { parseCalendarDate, type CalendarDate } from '@wego/calendar';
import { badUserInput } from '@wego/errors';
import { ASSIGNED_COUNTRY_CODES } from './iso-3166-1-alpha-2';

export const NAME_MAX_LENGTH = 200;

// C0 and C1 control characters, NUL included: matching them is the point of this pattern.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/u;
// With the u flag this matches a lone surrogate only: half a character, which no text column or JSON audit entry can hold.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** A name trimmed and NFC-normalised; 1-200 characters, no control characters. */
export function parseName(field: string, raw: string): string {
  if (CONTROL_CHARACTER.test(raw)) {
    throw badUserInput(field, `The ${field} must not contain control characters.`);
  }
  if (LONE_SURROGATE.test(raw)) throw badUserInput(field, `The ${field} must be valid Unicode text: it holds half of a character.`);
  const name = raw.trim().normalize('NFC');
  const length = [...name].length;
  if (length === 0) throw badUserInput(field, `The ${field} must not be empty.`);
  if (length > NAME_MAX_LENGTH) {
    throw badUserInput(field, `The ${field} must be at most ${NAME_MAX_LENGTH} characters long.`);
  }
  return name;
}

/** An assigned ISO 3166-1 alpha-2 code, upper case exactly as given. */
export function parseCountryCode(field: string, raw: string): string {
  if (!ASSIGNED_COUNTRY_CODES.has(raw)) {
    throw badUserInput(field, `"${raw.slice(0, 20)}" is not an assigned ISO 3166-1 alpha-2 country code in upper case.`);
  }
  return raw;
}

export function parseDate(field: string, raw: string): CalendarDate {
  const date = parseCalendarDate(raw);
  if (!date) throw badUserInput(field, `"${raw.slice(0, 20)}" is not a calendar date (YYYY-MM-DD).`);
  return date;
}

/** A whole amount of US dollars, zero or more. */
export function parseAmount(field: string, raw: number): number {
  if (!Number.isSafeInteger(raw) || raw < 0) {
    throw badUserInput(field, `The ${field} must be a whole number of US dollars, zero or more.`);
  }
  return raw;
}

export function parseYear(field: string, raw: number): number {
  if (!Number.isInteger(raw) || raw < 1 || raw > 9999) {
    throw badUserInput(field, `The ${field} must be a calendar year between 1 and 9999.`);
  }
  return raw;
}
