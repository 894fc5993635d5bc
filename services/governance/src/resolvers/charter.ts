import { RULES } from '@wego/rulebook';
import type { CharterResolvers } from '../generated/schema-types';

/** The rulebook is one catalogue for the whole graph; the charter settings come from configuration. */
export const Charter = {
  rules: () => [...RULES],
} satisfies CharterResolvers;
