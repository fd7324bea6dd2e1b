import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { rowsOf } from '../queue/deps.ts';
import { vietnamDay } from './day-range.ts';

export interface DailyReport {
  date: string;
  byChannel: { channel: string; conversations: number; handoffs: number }[];
  handoffRate: number | null;
  firstResponseSeconds: { avg: number | null; p50: number | null; p90: number | null };
  handlingSeconds: { avg: number | null; p50: number | null };
  byHour: { hour: number; handoffs: number }[];
  dispositions: { disposition: string; count: number }[];
  /** Satisfaction scores do not exist yet (the CSAT issue adds them). */
  csat: null;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);

/** The day's figures (00:00–24:00 Asia/Ho_Chi_Minh) for the report page's charts. */
export async function dailyReport(db: Db, date?: string): Promise<DailyReport> {
  const day = vietnamDay(date);
  const range = (column: string) => sql`${sql.raw(column)} >= ${day.start.toISOString()}::timestamptz and ${sql.raw(column)} < ${day.end.toISOString()}::timestamptz`;
  const channels = await rowsOf<{ channel: string; conversations: string | number; handoffs: string | number }>(
    db.execute(sql`select c.channel, count(*) as conversations,
        count(*) filter (where exists (select 1 from handoffs h where h.conversation_id = c.id)) as handoffs
      from conversations c where ${range('c.created_at')} group by c.channel order by c.channel`),
  );
  const [times] = await rowsOf<Record<string, unknown>>(
    db.execute(sql`select
        avg(extract(epoch from first_response_at - assigned_at)) as fr_avg,
        percentile_cont(0.5) within group (order by extract(epoch from first_response_at - assigned_at)) as fr_p50,
        percentile_cont(0.9) within group (order by extract(epoch from first_response_at - assigned_at)) as fr_p90,
        avg(extract(epoch from closed_at - assigned_at)) filter (where closed_at is not null) as ht_avg,
        percentile_cont(0.5) within group (order by extract(epoch from closed_at - assigned_at)) as ht_p50
      from handoffs where ${range('created_at')} and assigned_at is not null`),
  );
  const hours = await rowsOf<{ hour: number | string; n: number | string }>(
    db.execute(sql`select extract(hour from created_at at time zone 'Asia/Ho_Chi_Minh') as hour, count(*) as n
      from handoffs where ${range('created_at')} group by 1 order by 1`),
  );
  const dispositions = await rowsOf<{ disposition: string; n: number | string }>(
    db.execute(sql`select coalesce(disposition, 'đang mở') as disposition, count(*) as n from handoffs where ${range('created_at')} group by 1 order by 2 desc`),
  );
  const totalConversations = channels.reduce((s, c) => s + Number(c.conversations), 0);
  const totalHandoffs = channels.reduce((s, c) => s + Number(c.handoffs), 0);
  return {
    date: day.date,
    byChannel: channels.map((c) => ({ channel: c.channel, conversations: Number(c.conversations), handoffs: Number(c.handoffs) })),
    handoffRate: totalConversations ? Math.round((totalHandoffs / totalConversations) * 1000) / 1000 : null,
    firstResponseSeconds: { avg: num(times?.fr_avg), p50: num(times?.fr_p50), p90: num(times?.fr_p90) },
    handlingSeconds: { avg: num(times?.ht_avg), p50: num(times?.ht_p50) },
    byHour: Array.from({ length: 24 }, (_v, hour) => ({ hour, handoffs: Number(hours.find((h) => Number(h.hour) === hour)?.n ?? 0) })),
    dispositions: dispositions.map((d) => ({ disposition: d.disposition, count: Number(d.n) })),
    csat: null,
  };
}
