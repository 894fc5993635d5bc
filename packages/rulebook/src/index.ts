export type { CharterRule } from './charter-rule';
export { RULES, isRuleId, ruleById, type RuleId } from './rules';
export { RULES_DOCUMENT_PATH, rulesDocument } from './rules-document';
