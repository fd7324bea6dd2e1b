export { createAuditLog, type AuditLog, type AuditEntry, type AuditRow } from './audit-log.ts';
