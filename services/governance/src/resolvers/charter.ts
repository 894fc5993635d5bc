import { RULES } from '@wego/rulebook';

/** The rulebook is one catalogue for the whole graph; the charter settings come from configuration. */
export const Charter = {
  rules: () => RULES,
};
