import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** What the pg Pool under a DataSource holds now: connections open, idle, and requests waiting for one. */
export function poolCountsOf(dataSource: DataSource): () => { totalCount: number; idleCount: number; waitingCount: number } {
  return () => {
    // TypeORM's Postgres driver keeps its pg Pool as `master`; it is gone once the DataSource is destroyed.
    const pool = (dataSource.driver as unknown as { master?: Pool }).master;
    return { totalCount: pool?.totalCount ?? 0, idleCount: pool?.idleCount ?? 0, waitingCount: pool?.waitingCount ?? 0 };
  };
}
