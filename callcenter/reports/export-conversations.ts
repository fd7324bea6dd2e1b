import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { maskText } from '../console/personal-data.ts';
import { rowsOf } from '../queue/deps.ts';
import type { StaffUser } from '../staff/roles.ts';
import { toCsv } from './csv.ts';
import { vietnamDay } from './day-range.ts';

const HEADER = [
  'Mã hàng chờ', 'Mã cuộc trò chuyện', 'Kênh', 'Trạng thái', 'Ưu tiên', 'Lý do chuyển', 'Thủ tục', 'Câu hỏi (đã che)',
  'Nhóm', 'Chi nhánh', 'Cán bộ', 'Tạo lúc', 'Nhận lúc', 'Phản hồi đầu lúc', 'Đóng lúc', 'Kết quả', 'Ghi chú tổng kết (đã che)',
];

/**
 * The queue items created from `from` to `to` (Vietnamese days, inclusive) that the user may see
 * (supervisors: their branch), as CSV. Personal data in free text stays masked, as on screen.
 */
export async function exportConversations(db: Db, user: StaffUser, from: string, to: string): Promise<{ csv: string; rows: number }> {
  const start = vietnamDay(from).start.toISOString();
  const end = vietnamDay(to).end.toISOString();
  const branch = user.role === 'admin' ? null : user.branch;
  const rows = await rowsOf<Record<string, unknown> & { summary: { question?: string; procedureName?: string | null } | null }>(
    db.execute(sql`select h.id, h.conversation_id, h.channel, h.status, h.priority, h.reason, h.summary, t.name as team,
        h.branch, u.display_name as agent, h.created_at, h.assigned_at, h.first_response_at, h.closed_at, h.disposition, h.wrap_note
      from handoffs h left join staff_teams t on t.id = h.team_id left join staff_users u on u.id = h.agent_id
      where h.created_at >= ${start}::timestamptz and h.created_at < ${end}::timestamptz
        and (${branch}::text is null or h.branch is null or h.branch = ${branch}::text)
      order by h.created_at, h.id`),
  );
  const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : '');
  const csv = toCsv(
    HEADER,
    rows.map((r) => [
      r.id, r.conversation_id, r.channel, r.status, r.priority, r.reason, r.summary?.procedureName ?? '', maskText(String(r.summary?.question ?? '')),
      r.team ?? '', r.branch ?? '', r.agent ?? '', iso(r.created_at), iso(r.assigned_at), iso(r.first_response_at), iso(r.closed_at),
      r.disposition ?? '', maskText(String(r.wrap_note ?? '')),
    ]),
  );
  return { csv, rows: rows.length };
}
