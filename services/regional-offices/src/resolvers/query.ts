import { latestRefusedAttempts } from '@wego/audit';
import type { RegionalOfficesContext } from '../context';
import { inCharterOrder } from '../domain/office-kinds';

export const Query = {
  async offices(_: unknown, __: unknown, context: RegionalOfficesContext) {
    return inCharterOrder((await context.loaders.directory()).offices);
  },

  office: (_: unknown, args: { id: string }, context: RegionalOfficesContext) => context.loaders.officeById.load(args.id),

  regionalOfficesRefusedAttempts: (_: unknown, args: { first?: number | null }, context: RegionalOfficesContext) => latestRefusedAttempts(context, args),
};
