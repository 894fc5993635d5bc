import type { DataSource } from 'typeorm';

/** Whether the database answers a trivial query: what /health reports. */
export async function databaseAnswers(dataSource: DataSource): Promise<boolean> {
  try {
    const rows: unknown[] = await dataSource.query('SELECT 1');
    return rows.length === 1;
  } catch {
    return false;
  }
}
