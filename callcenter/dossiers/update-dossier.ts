import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import type { DossiersDeps } from './deps.ts';
import { DOSSIER_CODE } from './dossier-status-source.ts';
import { DOSSIER_STATUSES, dossiers } from './tables.ts';

const day = z.iso.date();
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const DossierInput = z.object({
  code: z.string().trim().toUpperCase().regex(DOSSIER_CODE),
  procedureCode: z.string().regex(/^\d\.\d{6}$/).nullable().optional(),
  procedureName: z.string().trim().min(1).max(300),
  phone: z.string().transform((s) => s.replace(/\D/g, '')).pipe(z.string().min(4).max(12)),
  status: z.enum(DOSSIER_STATUSES),
  receivedOn: day,
  dueOn: day,
  newDueOn: day.nullable().optional(),
  lateReason: optionalText(500),
  note: optionalText(500),
});
export type DossierInput = z.infer<typeof DossierInput>;

export const DossierChange = z.object({
  status: z.enum(DOSSIER_STATUSES),
  newDueOn: day.nullable().optional(),
  lateReason: optionalText(500),
  note: optionalText(500),
});

/** Adds or replaces dossiers (CSV import); only the phone's last 4 digits are kept. Watchers of changed ones are told. */
export async function upsertDossiers(deps: DossiersDeps, rows: DossierInput[], by: string): Promise<{ saved: number }> {
  const now = deps.now();
  const changed = await deps.db.transaction(async (tx) => {
    const codes: string[] = [];
    for (const r of rows) {
      const values = { code: r.code, procedureCode: r.procedureCode ?? null, procedureName: r.procedureName, phoneLast4: r.phone.slice(-4), status: r.status, receivedOn: r.receivedOn, dueOn: r.dueOn, newDueOn: r.newDueOn ?? null, lateReason: r.lateReason ?? null, note: r.note ?? null, updatedBy: by, updatedAt: now };
      const [saved] = await tx
        .insert(dossiers)
        .values(values)
        .onConflictDoUpdate({ target: dossiers.code, set: { ...values, version: sql`${dossiers.version} + 1` } })
        .returning({ code: dossiers.code });
      codes.push(saved!.code);
    }
    return codes;
  });
  for (const code of changed) await deps.changed(code);
  return { saved: changed.length };
}

/** A member of staff records a new status (and, when late, the new date and its reason). */
export async function changeDossier(deps: DossiersDeps, code: string, change: z.infer<typeof DossierChange>, by: string) {
  const set = { status: change.status, updatedBy: by, updatedAt: deps.now(), version: sql`${dossiers.version} + 1`, ...(change.newDueOn !== undefined ? { newDueOn: change.newDueOn } : {}), ...(change.lateReason !== undefined ? { lateReason: change.lateReason } : {}), ...(change.note !== undefined ? { note: change.note } : {}) };
  const [row] = await deps.db.update(dossiers).set(set).where(eq(dossiers.code, code)).returning();
  if (!row) throw new AppError('not_found', 'Không có hồ sơ với mã này.');
  await deps.changed(row.code);
  return row;
}
