import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { vnDateKey } from './deadlines.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** No 0/O, 1/I/L: read aloud on the phone and typed on a keypad without mistakes. */
const LOOKUP_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function lookupCode(length: number): string {
  return Array.from({ length }, () => LOOKUP_ALPHABET[randomInt(LOOKUP_ALPHABET.length)]).join('');
}

/** The next code of the day from the configured format, e.g. PAKN-20270204-0001 (the day in Vietnam). */
export async function issueCode(tx: Tx, format: string, at: Date): Promise<string> {
  const day = vnDateKey(at).replaceAll('-', '');
  const result = (await tx.execute(sql`insert into complaint_sequences (day, last) values (${day}, 1)
    on conflict (day) do update set last = complaint_sequences.last + 1 returning last`)) as unknown as { rows: { last: number }[] };
  const seq = Number(result.rows[0]!.last);
  return format
    .replaceAll('{yyyymmdd}', day)
    .replaceAll('{yymmdd}', day.slice(2))
    .replaceAll('{seq}', String(seq).padStart(4, '0'));
}
