import type { DataSource } from 'typeorm';

/** Every row of the membership tables, to prove a refused mutation changed nothing. */
export async function membershipSnapshot(dataSource: DataSource): Promise<unknown> {
  const [members, assessments, payments, audit] = await Promise.all([
    dataSource.query('SELECT * FROM membership.member ORDER BY id'),
    dataSource.query('SELECT * FROM membership.fee_assessment ORDER BY member_id, year'),
    dataSource.query('SELECT * FROM membership.fee_payment ORDER BY id'),
    dataSource.query('SELECT * FROM membership.audit_entry ORDER BY id'),
  ]);
  return { members, assessments, payments, audit };
}
