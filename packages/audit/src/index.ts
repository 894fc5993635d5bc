export { createAuditTableStatements, dropAuditTableStatements } from './audit-table';
export { AuditTrail, type Actor, type Change, type AuditEntryRecord } from './audit-trail';
