import 'reflect-metadata';
import { types } from 'pg';
import { DataSource, type EntitySchema, type MixedList, type Logger } from 'typeorm';

const DATE_OID = 1082;
// A Postgres `date` is a calendar date, not an instant: keep it as its YYYY-MM-DD text rather than
// let the driver turn it into a Date at local midnight.
types.setTypeParser(DATE_OID, (text) => text);

export interface SubgraphDataSourceOptions {
  url: string;
  /** The Postgres schema this subgraph owns; every entity of it lives there. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  logger?: Logger;
  applicationName?: string;
  /**
   * The role every statement runs as (`SET ROLE` at connection start): the setup connects as an
   * administrator and migrates as the schema's owner role, which cannot log in itself.
   */
  role?: string;
}

/** TypeORM's record of the migrations applied, kept in each subgraph's schema. */
export const MIGRATIONS_TABLE = 'migrations';

/** A DataSource bound to one subgraph's schema. Never synchronizes: migrations alone shape it. */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Migrations alone shape the database; a runtime role may not create extensions anyway.
    installExtensions: false,
    logging: options.logger ? ['query', 'error'] : false,
    ...(options.logger ? { logger: options.logger } : {}),
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? `wego-${options.schema}`,
    extra: { connectionTimeoutMillis: 5000, ...(options.role ? { options: `-c role=${options.role}` } : {}) },
  });
}

/** How a subgraph opens its own DataSource: on a URL, with the pool, logger and role it is given. */
export type SubgraphDataSourceFactory = (url: string, options?: Pick<SubgraphDataSourceOptions, 'poolSize' | 'logger' | 'role'>) => DataSource;

/** The DataSource factory of one subgraph: its schema, entities and migrations fixed. */
export function subgraphDataSourceOf(subgraph: Pick<SubgraphDataSourceOptions, 'schema' | 'entities' | 'migrations'>): SubgraphDataSourceFactory {
  return (url, options = {}) => createSubgraphDataSource({ url, ...subgraph, ...options });
}
