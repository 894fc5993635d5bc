import { enumValue, rawNumber } from './wire-values';

/**
 * What must become of a hostile value:
 * - `malformed`: refused before any rule, as BAD_USER_INPUT, written inline too (GraphQL's own
 *   validation and parse errors only for a value of the wrong shape written inline, BAD_REQUEST for a
 *   body over the limit);
 * - `names-nothing`: refused because it names no record (NOT_FOUND), or as malformed;
 * - `refused`: refused, with any expected code;
 * - `either`: a legitimate if odd value that may be accepted; refused, it changes nothing.
 */
export type Outcome = 'malformed' | 'names-nothing' | 'refused' | 'either';

export interface HostileValue {
  label: string;
  value: unknown;
  outcome: Outcome;
}

/** The field is left out of the request altogether. */
export const ABSENT = Symbol('absent');

/** Just under the gateway's 1 MiB request body limit, once the rest of the request is added. */
export const NEAR_BODY_LIMIT = 1024 * 1024 - 4096;

const hostile = (label: string, value: unknown, outcome: Outcome): HostileValue => ({ label, value, outcome });

// Hostile text here never contains what safe-answer.ts looks for in errors (SQL with SELECT … FROM,
// paths, hosts, ports), so an error that echoes the caller's own input is not taken for a leak.
const SQL_METACHARACTERS = [
  "'; DROP TABLE membership.member; --",
  "Robert'); DROP TABLE governance.meeting;--",
  "' OR '1'='1",
  '" OR ""="',
  '%',
  '_',
  '%_%',
  '\\',
  "\\'; --",
  '$1',
  ':name',
  '?',
  '/* comment */',
  'E\'\\x00\'',
];

/** Types that are not the field's, for every kind of field. */
function wrongTypes(except: Array<'string' | 'integer' | 'float' | 'null'>): HostileValue[] {
  const all: Array<[string, HostileValue]> = [
    ['integer', hostile('a number', 42, 'malformed')],
    ['float', hostile('a float', 4.2, 'malformed')],
    ['boolean', hostile('a boolean', true, 'malformed')],
    ['object', hostile('an object', { $ne: null }, 'malformed')],
    ['object', hostile('an empty object', {}, 'malformed')],
    ['list', hostile('a list of strings', ['a', 'b'], 'malformed')],
    ['null', hostile('null', null, 'malformed')],
    ['string', hostile('a string', 'text', 'malformed')],
  ];
  return all.filter(([kind]) => !except.includes(kind as never)).map(([, value]) => value);
}

/** A free-text field: a member's name (1-200 characters after trimming, NFC, no control characters). */
export function freeTextValues(): HostileValue[] {
  return [
    ...wrongTypes(['string']),
    hostile('missing', ABSENT, 'malformed'),
    hostile('empty', '', 'malformed'),
    hostile('blanks only', '   \t', 'malformed'),
    hostile('an ideographic space only', '\u3000', 'malformed'),
    hostile('201 characters', 'x'.repeat(201), 'malformed'),
    hostile('201 emoji', '🏙'.repeat(201), 'malformed'),
    hostile('100 000 characters', 'x'.repeat(100_000), 'malformed'),
    hostile('near the 1 MiB body limit', 'x'.repeat(NEAR_BODY_LIMIT), 'refused'),
    hostile('a NUL byte inside', 'Ulsan\u0000City', 'malformed'),
    hostile('a NUL byte alone', '\u0000', 'malformed'),
    hostile('BEL', 'Ul\u0007san', 'malformed'),
    hostile('ESC', 'Ul\u001bsan', 'malformed'),
    hostile('DEL', 'Ul\u007fsan', 'malformed'),
    hostile('a C1 control (NEL)', 'Ul\u0085san', 'malformed'),
    hostile('a newline', 'Ul\nsan', 'malformed'),
    hostile('a tab inside', 'Ul\tsan', 'malformed'),
    ...SQL_METACHARACTERS.map((text) => hostile(`SQL metacharacters ${text}`, text, 'either')),
    hostile('a lone high surrogate', '\ud800', 'malformed'),
    hostile('a lone low surrogate inside', 'Ul\udc00san', 'malformed'),
    hostile('a surrogate pair the wrong way round', 'Ul\ude00\ud83dsan', 'malformed'),
    hostile('a right-to-left override', '\u202eUlsan', 'either'),
    hostile('a right-to-left mark', 'Ulsan\u200f', 'either'),
    hostile('a zero-width joiner', 'Ul\u200dsan', 'either'),
    hostile('a zero-width space alone', '\u200b', 'either'),
    hostile('a byte order mark', '\ufeffUlsan', 'either'),
    hostile('a line separator', 'Ulsan\u2028', 'either'),
    hostile('noncharacters', 'Ulsan\uffff\ufffe', 'either'),
    hostile('combining characters (NFD)', 'Sa\u0303o Jose\u0301', 'either'),
    hostile('the NFC form of the same name', 'São José', 'either'),
    hostile('stacked combining marks', `Z${'\u0351\u0354\u0357\u035b'.repeat(40)}`, 'either'),
    hostile('emoji', '🏙️ Ulsan 🇰🇷', 'either'),
    hostile('a ZWJ emoji sequence', '👨‍👩‍👧‍👦', 'either'),
    hostile('200 emoji', '🏙'.repeat(200), 'either'),
    hostile('fullwidth letters', 'Ｕｌｓａｎ', 'either'),
    hostile('no-break spaces around', '\u00a0Ulsan\u00a0', 'either'),
    hostile('a GraphQL document', '{ members { edges { node { fees { amountDue } } } } }', 'either'),
    hostile('a JSON document', '{"__proto__": {"admin": true}}', 'either'),
    hostile('HTML', '<script>alert(1)</script>', 'either'),
  ];
}

/** A text of lines and paragraphs (a decision's): the rules of names, but LF and tab allowed, CRLF read as LF, up to `maxLength` characters. */
export function multilineTextValues(maxLength: number): HostileValue[] {
  const asInName = new Set(['a newline', 'a tab inside', '201 characters', '201 emoji']);
  return [
    ...freeTextValues().filter((value) => !asInName.has(value.label)),
    hostile('a newline', 'First line\nsecond line', 'either'),
    hostile('a tab inside', 'Item\tvalue', 'either'),
    hostile('CRLF line ends', 'First line\r\nsecond line\r\n', 'either'),
    hostile('a lone carriage return', 'First line\rsecond line', 'malformed'),
    hostile('a vertical tab', 'First line\u000bsecond line', 'malformed'),
    hostile('a form feed', 'First page\u000csecond page', 'malformed'),
    hostile('newlines only', '\n\r\n\t\n', 'malformed'),
    hostile(`${maxLength} characters`, 'x'.repeat(maxLength), 'either'),
    hostile(`${maxLength + 1} characters`, 'x'.repeat(maxLength + 1), 'malformed'),
    hostile(`${maxLength + 1} emoji`, '🏙'.repeat(maxLength + 1), 'malformed'),
  ];
}

/** An ID field: what is not a UUID, a UUID of nothing, very long ids; one near the body limit when asked (it is slow to send); null and absent allowed when optional. */
export function identifierValues(options: { nearBodyLimit?: boolean; optional?: boolean } = {}): HostileValue[] {
  return [
    ...wrongTypes(options.optional ? ['string', 'integer', 'null'] : ['string', 'integer']),
    ...(options.optional ? [hostile('null', null, 'either')] : []),
    hostile('an integer (ID accepts one as text)', 42, 'names-nothing'),
    hostile('missing', ABSENT, options.optional ? 'either' : 'malformed'),
    hostile('empty', '', 'names-nothing'),
    hostile('not a UUID', 'not-a-uuid', 'names-nothing'),
    hostile('a UUID of nothing', '00000000-0000-4000-8000-00000000beef', 'names-nothing'),
    hostile('the nil UUID', '00000000-0000-0000-0000-000000000000', 'names-nothing'),
    hostile('a UUID in braces', '{00000000-0000-4000-8000-00000000beef}', 'names-nothing'),
    hostile('a UUID without hyphens', '000000000000400080000000000beef0', 'names-nothing'),
    hostile('a UUID and a NUL byte', '00000000-0000-4000-8000-00000000beef\u0000', 'names-nothing'),
    hostile('a NUL byte', '\u0000', 'names-nothing'),
    hostile('10 000 characters', 'a'.repeat(10_000), 'names-nothing'),
    ...(options.nearBodyLimit ? [hostile('near the 1 MiB body limit', 'a'.repeat(NEAR_BODY_LIMIT), 'refused')] : []),
    ...SQL_METACHARACTERS.slice(0, 6).map((text) => hostile(`SQL metacharacters ${text}`, text, 'names-nothing')),
    hostile('a lone surrogate', '\ud800', 'names-nothing'),
    // governance refuses any `evp:` mandate id under G9 before it looks for one
    hostile('an evp: mandate id of nothing', 'evp:not-a-meeting', 'refused'),
    hostile('a list holding an id', ['00000000-0000-4000-8000-00000000beef'], 'malformed'),
  ];
}

/** A Date field (`YYYY-MM-DD`, real dates only). */
export function dateValues(options: { optional?: boolean } = {}): HostileValue[] {
  const malformed = [
    '2027-02-30',
    '2027-02-29',
    '2027-13-01',
    '2027-00-10',
    '2027-01-00',
    '2027-01-32',
    '0000-01-01',
    '10000-01-01',
    '-2027-01-01',
    '+2027-01-01',
    ' 2027-01-01',
    '2027-01-01 ',
    '2027-1-1',
    '2027/01/01',
    '20270101',
    '2027-01-01T00:00:00Z',
    '２０２７-０１-０１',
    '2027-01-01\u0000',
    "2027-01-01'; DROP TABLE governance.meeting; --",
    '',
    'today',
  ];
  return [
    hostile('a number', 20270101, 'malformed'),
    hostile('a boolean', true, 'malformed'),
    hostile('an object', { year: 2027, month: 1, day: 1 }, 'malformed'),
    hostile('a list', ['2027-01-01'], 'malformed'),
    ...(options.optional ? [hostile('null', null, 'either'), hostile('missing', ABSENT, 'either')] : [hostile('null', null, 'malformed'), hostile('missing', ABSENT, 'malformed')]),
    ...malformed.map((text) => hostile(JSON.stringify(text), text, 'malformed')),
    hostile('100 000 characters', '2'.repeat(100_000), 'malformed'),
    hostile('the first day of year 1', '0001-01-01', 'either'),
    hostile('the last day of year 9999', '9999-12-31', 'either'),
    hostile('29 February of a leap year', '2028-02-29', 'either'),
  ];
}

/** An Int field that is a calendar year (1-9999). */
export function yearValues(): HostileValue[] {
  return [...integerWrongValues(), hostile('0', 0, 'malformed'), hostile('-1', -1, 'malformed'), hostile('10 000', 10_000, 'malformed'), hostile('year 1', 1, 'either'), hostile('year 9999', 9999, 'either')];
}

/** An Int field that is an amount of whole US dollars, zero or more. */
export function amountValues(): HostileValue[] {
  return [
    ...integerWrongValues(),
    hostile('-1', -1, 'malformed'),
    hostile('-2^31', -(2 ** 31), 'malformed'),
    hostile('0', 0, 'either'),
    hostile('2^31 - 1', 2 ** 31 - 1, 'either'),
  ];
}

/** What no Int field accepts. */
function integerWrongValues(): HostileValue[] {
  return [
    ...wrongTypes(['integer']),
    hostile('missing', ABSENT, 'malformed'),
    hostile('a numeric string', '2027', 'malformed'),
    hostile('1.5', 1.5, 'malformed'),
    hostile('2^31', 2 ** 31, 'malformed'),
    hostile('-2^31 - 1', -(2 ** 31) - 1, 'malformed'),
    hostile('2^53', 2 ** 53, 'malformed'),
    hostile('1e309', rawNumber('1e309'), 'malformed'),
    hostile('-1e309', rawNumber('-1e309'), 'malformed'),
    hostile('NaN (not JSON)', rawNumber('NaN'), 'malformed'),
    hostile('a hex literal (not JSON)', rawNumber('0x10'), 'malformed'),
    hostile('-0', rawNumber('-0'), 'either'),
    hostile('1.0', rawNumber('1.0'), 'either'),
  ];
}

/** An enum field whose valid values include `valid`. */
export function enumValues(valid: string): HostileValue[] {
  return [
    ...wrongTypes([]),
    hostile('missing', ABSENT, 'malformed'),
    hostile('lower case', enumValue(valid.toLowerCase()), 'malformed'),
    hostile('capitalised', enumValue(valid[0] + valid.slice(1).toLowerCase()), 'malformed'),
    hostile('an unknown name', enumValue('ADMINISTRATOR'), 'malformed'),
    hostile('with a trailing blank', `${valid} `, 'malformed'),
    hostile('empty', '', 'malformed'),
    hostile('with a NUL byte', `${valid}\u0000`, 'malformed'),
    hostile('with a zero-width space', `${valid}\u200b`, 'malformed'),
    hostile('fullwidth', [...valid].map((letter) => String.fromCharCode(letter.charCodeAt(0) + 0xfee0)).join(''), 'malformed'),
    hostile('SQL', `${valid}'; DROP TABLE membership.member; --`, 'malformed'),
    hostile('a list of it', [valid], 'malformed'),
    hostile('100 000 characters', 'A'.repeat(100_000), 'malformed'),
  ];
}

/** An ISO 3166-1 alpha-2 code, exactly assigned and upper case. */
export function countryCodeValues(): HostileValue[] {
  return [
    ...wrongTypes(['string']),
    hostile('missing', ABSENT, 'malformed'),
    ...['kr', 'Kr', 'KOR', 'K', '', 'XX', 'ZZ', 'EU', 'UK', 'KR ', ' KR', 'K\u0000', 'KR\u0000', 'ＫＲ', '🇰🇷', 'К\u0420', "'; DROP TABLE membership.member; --", '%', '_'].map((text) =>
      hostile(JSON.stringify(text), text, 'malformed'),
    ),
    hostile('100 000 characters', 'K'.repeat(100_000), 'malformed'),
  ];
}

/** A list of member ids: what an empty list, one of unknown ids and one of 10 000 ids must each meet. */
export function idListValues(options: { empty: Outcome; unknown: Outcome; tooMany: Outcome }): HostileValue[] {
  const uuids = Array.from({ length: 10_000 }, (_, index) => `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`);
  return [
    hostile('null', null, 'malformed'),
    hostile('missing', ABSENT, 'malformed'),
    hostile('a number', 42, options.unknown),
    hostile('an object', { $in: [] }, 'malformed'),
    hostile('a list holding null', [null], 'malformed'),
    hostile('a list holding an object', [{}], 'malformed'),
    hostile('a nested list', [['00000000-0000-4000-8000-00000000beef']], 'malformed'),
    hostile('a list holding a float', [4.2], 'malformed'),
    hostile('empty', [], options.empty),
    hostile('one string instead of a list', 'not-a-uuid', options.unknown),
    hostile('ids that are not UUIDs', ['not-a-uuid', "'; DROP TABLE governance.mandate; --"], options.unknown),
    hostile('a UUID of nothing', ['00000000-0000-4000-8000-00000000beef'], options.unknown),
    hostile('an id of 10 000 characters', ['a'.repeat(10_000)], options.unknown),
    hostile('10 000 UUIDs', uuids, options.tooMany),
    hostile('10 000 times the same UUID', uuids.map(() => uuids[0]), options.tooMany),
  ];
}

/** A list of country codes, as setOfficeCoverage takes it. */
export function countryCodeListValues(): HostileValue[] {
  return [
    hostile('null', null, 'malformed'),
    hostile('missing', ABSENT, 'malformed'),
    hostile('a list holding null', [null], 'malformed'),
    hostile('a list holding a number', [82], 'malformed'),
    hostile('a list holding an object', [{}], 'malformed'),
    hostile('a nested list', [['CN']], 'malformed'),
    hostile('lower case', ['cn'], 'malformed'),
    hostile('unassigned', ['XX'], 'malformed'),
    hostile('twice the same', ['CN', 'CN'], 'malformed'),
    hostile('a NUL byte', ['C\u0000'], 'malformed'),
    hostile('SQL', ["CN'); DELETE FROM regional_offices.office_coverage; --"], 'malformed'),
    hostile('10 000 codes', Array.from({ length: 10_000 }, () => 'CN'), 'malformed'),
    hostile('one code of 100 000 characters', ['C'.repeat(100_000)], 'malformed'),
    hostile('one string instead of a list', 'CN', 'either'),
    hostile('empty', [], 'either'),
  ];
}

/** A whole input object that is not one. */
export function wholeInputValues(base: Record<string, unknown>): HostileValue[] {
  const withProto: Record<string, unknown> = { ...base };
  Object.defineProperty(withProto, '__proto__', { value: { role: 'secretariat' }, enumerable: true, configurable: true, writable: true });
  return [
    hostile('null', null, 'malformed'),
    hostile('missing', ABSENT, 'malformed'),
    hostile('a string', 'input', 'malformed'),
    hostile('a number', 42, 'malformed'),
    hostile('a list of it', [base], 'malformed'),
    hostile('an empty object', {}, 'malformed'),
    hostile('an unknown field', { ...base, isAdmin: true }, 'malformed'),
    hostile('a __proto__ field', withProto, 'malformed'),
    hostile('a constructor field', { ...base, constructor: { name: 'x' } }, 'malformed'),
  ];
}
