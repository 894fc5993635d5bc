import type { DataSource } from 'typeorm';
import type { SubgraphConfig } from '@wego/config';
import type { Logger } from '../logging';

/** The same for every subgraph, so that one caller starts them all alike. */
export interface SubgraphServerOptions<TConfig extends SubgraphConfig = SubgraphConfig, TRead extends keyof TConfig = never> {
  dataSource: DataSource;
  /** The operation limits and the HTTP edge take their defaults when omitted. */
  config: Pick<TConfig, 'identity' | 'clock' | 'environment' | 'port' | 'host' | 'subgraphSecret' | TRead> & Partial<Pick<TConfig, 'operationLimits' | 'http'>>;
  logger: Logger;
}
