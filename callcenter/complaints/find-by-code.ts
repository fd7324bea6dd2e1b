import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.ts';
import type { ComplaintDeps, Ticket } from './deps.ts';
import { complaints } from './tables.ts';

const NOT_FOUND = 'Không tìm thấy phiếu với mã và mã tra cứu này. Bạn kiểm tra lại giúp nhé.';

/** A ticket by its public code and lookup code; a wrong lookup code looks exactly like an unknown code. */
export async function findByCode(deps: Pick<ComplaintDeps, 'db'>, code: string, lookup: string): Promise<Ticket> {
  const [row] = await deps.db.select().from(complaints).where(eq(complaints.code, code.trim().toUpperCase()));
  const given = Buffer.from(lookup.trim().toUpperCase());
  const expected = Buffer.from(row?.lookupCode ?? 'x'.repeat(given.length || 1));
  const same = given.length === expected.length && timingSafeEqual(given, expected);
  if (!row || !same || row.status === 'draft') throw new AppError('not_found', NOT_FOUND);
  return row;
}
