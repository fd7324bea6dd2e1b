import { desc, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { accessAudit } from './tables.ts';

/** One access to personal data: who, what (action and subject), when, why. */
export interface AuditEntry {
  actorId: string | null;
  actorEmail: string;
  action: string;
  subject: string;
  reason?: string | null;
}

export interface AuditRow extends Required<AuditEntry> {
  id: number;
  at: string;
}

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** Newest first, `limit` rows before the id `before` (for paging). */
  list(options?: { limit?: number; before?: number }): Promise<AuditRow[]>;
}

export function createAuditLog(db: Db): AuditLog {
  return {
    async record(entry) {
      await db.insert(accessAudit).values({ ...entry, reason: entry.reason ?? null });
    },
    async list({ limit = 100, before } = {}) {
      const rows = await db
        .select()
        .from(accessAudit)
        .where(before === undefined ? undefined : lt(accessAudit.id, before))
        .orderBy(desc(accessAudit.id))
        .limit(Math.min(500, Math.max(1, limit)));
      return rows.map((r) => ({ ...r, reason: r.reason ?? null, at: r.at.toISOString() }));
    },
  };
}
