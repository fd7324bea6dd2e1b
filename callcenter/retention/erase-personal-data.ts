import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';

export const ERASED = '[đã xoá theo thời hạn lưu trữ]';

/**
 * Erases citizens' personal data from conversations older than `days`: message texts and replies,
 * handoff summaries, notes and wrap-up notes, dialogue state, external ids and tokens. What the
 * statistics need stays: rows, roles, channels, reasons, dispositions and timestamps.
 */
export async function eraseExpiredPersonalData(db: Db, days: number, now = new Date()): Promise<{ conversations: number }> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return db.transaction(async (tx) => {
    const old = sql`select id from conversations where created_at < ${cutoff}::timestamptz and state <> '{"erased": true}'::jsonb`;
    await tx.execute(sql`update messages set text = ${ERASED}, reply = null where conversation_id in (${old}) and text <> ${ERASED}`);
    await tx.execute(sql`delete from handoff_notes where handoff_id in (select id from handoffs where conversation_id in (${old}))`);
    await tx.execute(sql`update handoffs set summary = '{"erased": true}'::jsonb, wrap_note = null where conversation_id in (${old})`);
    const result = (await tx.execute(sql`update conversations set state = '{"erased": true}'::jsonb, external_id = null, token_hash = null
      where id in (${old}) returning id`)) as unknown as { rows: unknown[] };
    return { conversations: result.rows.length };
  });
}
