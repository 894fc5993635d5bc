import { latestRefusedAttempts } from '@wego/audit';
import { inCharterOrder } from '../domain/office-kinds';
import type { QueryResolvers } from '../generated/schema-types';

export const Query = {
  offices: async (_, __, context) => inCharterOrder((await context.loaders.directory()).offices),

  office: (_, args, context) => context.loaders.officeById.load(args.id),

  regionalOfficesRefusedAttempts: (_, args, context) => latestRefusedAttempts(context, args),
} satisfies QueryResolvers;
