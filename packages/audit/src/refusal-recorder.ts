import type { DataSource } from 'typeorm';
import type { Actor } from './actor';
import type { RefusalLog } from './refusal-log';
import { refusalReasonOf } from './refusal-reason';

/** Where a failure to record a refusal is reported; `@wego/server`'s Logger fits. */
export interface RefusalFailureLogger {
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * What a request's context must carry for its mutations' refusals to be recorded: the caller, and
 * the log with the data source it writes through (autocommit, outside any mutation's transaction).
 */
export interface RefusalContext {
  actor: Actor;
  refusals: {
    log: RefusalLog;
    dataSource: DataSource;
    logger?: RefusalFailureLogger;
  };
}

/** Which entity a refused mutation's arguments name, if any. */
export type EntityIdOf = (args: Record<string, unknown>) => string | null;

const ENTITY_ID_ARGUMENTS = ['memberId', 'officeId', 'meetingId', 'candidacyId', 'mandateId'] as const;
const ENTITY_ID_INPUT_FIELDS = ['memberId', 'meetingId'] as const;

function stringAt(record: unknown, key: string): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const value = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

/**
 * The default: the first of `memberId`, `officeId`, `meetingId`, `candidacyId`, `mandateId` among
 * the arguments, then `input.memberId`, `input.meetingId`; null when none is given.
 */
export const entityIdNamedIn: EntityIdOf = (args) => {
  for (const name of ENTITY_ID_ARGUMENTS) {
    const id = stringAt(args, name);
    if (id !== null) return id;
  }
  for (const name of ENTITY_ID_INPUT_FIELDS) {
    const id = stringAt(args.input, name);
    if (id !== null) return id;
  }
  return null;
};

/**
 * A mutation resolver as graphql-js calls it; only its context is looked at here. Declared as a
 * method so that a resolver taking a context that extends RefusalContext is accepted.
 */
type MutationResolver<TContext> = {
  resolve(parent: unknown, args: never, context: TContext, info: never): unknown;
}['resolve'];

async function recordRefusal(context: RefusalContext, operation: string, args: Record<string, unknown>, error: unknown, entityIdOf: EntityIdOf) {
  try {
    // An anonymous caller must not be able to make the service write: its refusals stay in the
    // request log alone.
    if (context.actor.viewer.role === 'anonymous') return;
    const { log, dataSource } = context.refusals;
    await log.record(dataSource, context.actor, { operation, entityId: entityIdOf(args), input: args, ...refusalReasonOf(error) });
  } catch (failure) {
    // The caller is owed its own error, not this one; nothing more can be done here than report it.
    context?.refusals?.logger?.error('a refused attempt could not be recorded', { operation, requestId: context?.actor?.requestId, error: failure });
  }
}

/** The same resolvers, each answering through a promise. */
export type RecordingMutations<TMutations extends Record<string, MutationResolver<RefusalContext>>> = {
  [Operation in keyof TMutations]: (...args: Parameters<TMutations[Operation]>) => Promise<Awaited<ReturnType<TMutations[Operation]>>>;
};

/**
 * Wraps each mutation resolver: a refused one (it throws or rejects) is recorded in the refusal
 * log, then its original error is rethrown unchanged. Recording never replaces that error.
 */
export function recordingRefusals<TMutations extends Record<string, MutationResolver<RefusalContext>>>(
  mutations: TMutations,
  entityIdOf: EntityIdOf = entityIdNamedIn,
): RecordingMutations<TMutations> {
  const recording: Record<string, MutationResolver<RefusalContext>> = {};
  for (const [operation, resolve] of Object.entries(mutations)) {
    recording[operation] = async (parent: unknown, args: never, context: RefusalContext, info: never) => {
      try {
        return await resolve(parent, args, context, info);
      } catch (error) {
        await recordRefusal(context, operation, args, error, entityIdOf);
        throw error;
      }
    };
  }
  return recording as RecordingMutations<TMutations>;
}
