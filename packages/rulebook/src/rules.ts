import type { CharterRule } from './charter-rule';
import { GOVERNANCE_RULES } from './governance-rules';
import { MEMBERSHIP_RULES } from './membership-rules';
import { OFFICE_RULES } from './office-rules';

/** Every rule of the graph, M1-M5, O1-O3, G1-G13 in that order: the one catalogue errors, charter issues and the rules document draw on. */
export const RULES = [...MEMBERSHIP_RULES, ...OFFICE_RULES, ...GOVERNANCE_RULES] as const satisfies readonly CharterRule[];

/** The id of a rule in the rulebook; an id that is not in it does not compile. */
export type RuleId = (typeof RULES)[number]['id'];

const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export function isRuleId(id: string): id is RuleId {
  return RULE_IDS.has(id);
}

export function ruleById(id: RuleId): CharterRule {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`The rulebook has no rule ${id}.`);
  return rule;
}
