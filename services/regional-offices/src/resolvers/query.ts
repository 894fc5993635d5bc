import { latestRefusedAttempts } from '@wego/audit';
import type { RegionalOfficesContext } from '../context';
import { inCharterOrder } from '../domain/office-kinds';

export const Query = {
  async offices(_: unknown, __: unknown, context: RegionalOfficesContext) {
    const offices = inCharterOrder(await context.offices.all());
    for (const office of offices) context.loaders.officeById.prime(office.id, office);
    return offices;
  },

  office: (_: unknown, args: { id: string }, context: RegionalOfficesContext) => context.loaders.officeById.load(args.id),

  regionalOfficesRefusedAttempts: (_: unknown, args: { first?: number | null }, context: RegionalOfficesContext) => latestRefusedAttempts(context, args),
};
