import { badUserInput } from '@wego/errors';
import { NAME_MAX_LENGTH, parseYear } from '@wego/input-rules';
import type { DecisionFilter } from '../generated/schema-types';
import type { DecisionCriteria } from '../stores/decision-store';

// Control characters other than LF and tab, NUL included: no decision holds them, and Postgres refuses NUL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER_BUT_LINE_FEED_OR_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/** The searched text as decisions are stored: NFC; 1-200 characters, as given (its blanks may be what is looked for). */
function parseTextContains(raw: string): string {
  const text = raw.normalize('NFC');
  if (CONTROL_CHARACTER_BUT_LINE_FEED_OR_TAB.test(text)) {
    throw badUserInput('filter.textContains', 'textContains must not contain control characters other than line feeds and tabs.');
  }
  const length = [...text].length;
  if (length === 0 || length > NAME_MAX_LENGTH) throw badUserInput('filter.textContains', `textContains must be 1 to ${NAME_MAX_LENGTH} characters long.`);
  return text;
}

/** The `DecisionFilter` argument, checked by the input rules. */
export function parseDecisionFilter(filter: DecisionFilter | null | undefined): DecisionCriteria {
  const criteria: DecisionCriteria = {};
  if (!filter) return criteria;
  if (filter.kind) criteria.kind = filter.kind;
  if (filter.meetingKind) criteria.meetingKind = filter.meetingKind;
  if (filter.year !== undefined && filter.year !== null) criteria.year = parseYear('filter.year', filter.year);
  if (filter.textContains !== undefined && filter.textContains !== null) criteria.textContains = parseTextContains(filter.textContains);
  return criteria;
}
