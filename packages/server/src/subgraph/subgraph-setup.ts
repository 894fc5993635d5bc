import { parseSubgraphSetupConfig, SUBGRAPH_REGISTRY, type SubgraphName } from '@wego/config';
import type { SubgraphDatabaseUrls, SubgraphRoles } from '@wego/database';
import { runToCompletion } from '../http';
import { createLogger } from '../logging';
import { subgraphDatabase } from './subgraph-database';

/** What a subgraph's database setup entry file says of it. */
export interface SubgraphSetup<TResult extends object> {
  name: SubgraphName;
  /** Prepares its roles, migrates its schema and seeds it. */
  setUp: (urls: SubgraphDatabaseUrls) => Promise<TResult & { roles: SubgraphRoles }>;
  /** What its "ready" line tells of what was done, beside the roles. */
  done: (result: TResult) => Record<string, unknown>;
}

/** Sets up a subgraph's database as the environment says (the runtime role derived outside production), then exits. */
export function runSubgraphSetup<TResult extends object>(env: NodeJS.ProcessEnv, definition: SubgraphSetup<TResult>): void {
  const { name } = definition;
  runToCompletion(`${name} database setup`, async () => {
    const config = parseSubgraphSetupConfig(env);
    const logger = createLogger(`${name}-setup`, config.logLevel);
    const { developmentRuntimeUrl } = subgraphDatabase();
    const { roles, ...result } = await definition.setUp({
      adminUrl: config.adminDatabaseUrl,
      runtimeUrl: config.runtimeDatabaseUrl ?? developmentRuntimeUrl(config.adminDatabaseUrl, SUBGRAPH_REGISTRY[name].databaseSchema),
    });
    logger.info(`${name} database ready`, { ...definition.done(result as unknown as TResult), ...roles });
  });
}
