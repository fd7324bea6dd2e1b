import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { DossierRecord, DossierStatusSource } from './dossier-status-source.ts';
import { dossiers } from './tables.ts';

const sameSuffix = (a: string, b: string) => a.length === 4 && b.length === 4 && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The centre's own dossiers table, which staff keep up to date in the console or by CSV. */
export function createTableDossierSource(db: Db): DossierStatusSource {
  return {
    name: 'table',
    async lookup(code, phoneLast4) {
      const [row] = await db.select().from(dossiers).where(eq(dossiers.code, code));
      if (!row || !sameSuffix(row.phoneLast4, phoneLast4)) return null;
      const record: DossierRecord = {
        code: row.code,
        procedureName: row.procedureName,
        status: row.status,
        receivedOn: row.receivedOn,
        dueOn: row.dueOn,
        newDueOn: row.newDueOn,
        lateReason: row.lateReason,
        note: row.note,
      };
      return record;
    },
  };
}
