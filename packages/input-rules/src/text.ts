import { badUserInput } from '@wego/errors';

// Control characters other than LF and tab, NUL included: matching them is the point of this pattern.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER_BUT_LINE_FEED_OR_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
// With the u flag this matches a lone surrogate only: half a character, which no text column or JSON audit entry can hold.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** A name's rules, but several lines: CRLF becomes LF, and LF and tab are the only control characters allowed. */
export function parseText(field: string, raw: string, maxLength: number): string {
  const lines = raw.replaceAll('\r\n', '\n');
  if (CONTROL_CHARACTER_BUT_LINE_FEED_OR_TAB.test(lines)) {
    throw badUserInput(field, `The ${field} must not contain control characters other than line feeds and tabs.`);
  }
  if (LONE_SURROGATE.test(lines)) throw badUserInput(field, `The ${field} must be valid Unicode text: it holds half of a character.`);
  const text = lines.trim().normalize('NFC');
  const length = [...text].length;
  if (length === 0) throw badUserInput(field, `The ${field} must not be empty.`);
  if (length > maxLength) throw badUserInput(field, `The ${field} must be at most ${maxLength.toLocaleString('en')} characters long.`);
  return text;
}
