import { useEffect, useRef, useState } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { todayVn } from '../../appointments/client/console-types.ts';
import { call } from '../../console/client/api.ts';
import { InlineAction } from '../../console/client/inline-action.tsx';
import { ACTION_LABEL } from '../workflow.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

type Role = 'agent' | 'supervisor' | 'admin' | 'agency_officer';
interface Row { id: string; code: string; statusLabel: string; type: string; agencyId: string | null; field: string | null; dueAt: string | null; overdue: boolean; summary: string }
interface TimelineEvent { at: string; actorName: string; action: string; note: string | null; dueAt: string | null }
interface Ticket { id: string; code: string; status: string; statusLabel: string; content: string; revealed: boolean; place: string | null; field: string | null; agencyId: string | null; holder: string; dueAt: string | null; citizenName: string | null; citizenPhone: string | null; proposal: { agencyId: string | null; field: string | null; confidence: number; why: string } | null; answer: string | null; timeline: TimelineEvent[] }
const VIEWS = [['open', 'Đang mở'], ['due_today', 'Đến hạn hôm nay'], ['overdue', 'Quá hạn'], ['drafts', 'Bản nháp từ đánh giá'], ['all', 'Tất cả']] as const;
const date = (iso: string | null) => (iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '—');

/** Tickets for supervisors (their branch) and agency officers (their agency): lists, the ticket with its timeline, and the actions each role may take. */
export function ComplaintsView({ role, openTicket }: { role: Role; openTicket?: { id: string } | null }) {
  const [view, setView] = useState<string>('open');
  const [rows, setRows] = useState<Row[]>([]);
  const [open, setOpen] = useState<Ticket | null>(null);
  const [message, setMessage] = useState('');
  const reload = () => call<{ tickets: Row[] }>('GET', `/complaints?view=${view}`).then((r) => setRows(r.tickets), (e: Error) => setMessage(e.message));
  useEffect(() => void reload(), [view]);
  const [agencies, setAgencies] = useState<{ id: string; name: string }[]>([]);
  const show = (id: string) => call<{ ticket: Ticket }>('GET', `/complaints/${id}`).then((r) => setOpen(r.ticket), (e: Error) => setMessage(e.message));
  // A notification's link ("Mở phiếu") opens its ticket here.
  useEffect(() => void (openTicket && show(openTicket.id)), [openTicket]);
  const act = async (path: string, body?: unknown): Promise<boolean> => {
    try {
      const r = await call<{ ticket: Ticket }>('POST', `/complaints/${open!.id}/${path}`, body ?? {});
      setOpen(r.ticket);
      setMessage(`Đã cập nhật: ${r.ticket.statusLabel}`);
      void reload();
      return true;
    } catch (e) {
      setMessage((e as Error).message);
      return false;
    }
  };
  const reveal = async (reason: string): Promise<boolean> => {
    try {
      setOpen((await call<{ ticket: Ticket }>('POST', `/complaints/${open!.id}/reveal`, { reason })).ticket);
      setMessage('Đã hiện thông tin người gửi (được ghi nhật ký).');
      return true;
    } catch (e) {
      setMessage((e as Error).message);
      return false;
    }
  };
  const supervisor = role === 'supervisor' || role === 'admin';
  useEffect(() => {
    if (supervisor) void call<{ agencies: { id: string; name: string }[] }>('GET', '/complaints/agencies').then((r) => setAgencies(r.agencies), () => undefined);
  }, [supervisor]);
  return (
    <section aria-labelledby="complaints-h">
      <h2 id="complaints-h">Phản ánh, kiến nghị</h2>
      <p role="status" aria-live="polite" class="complaints-status">{message}</p>
      <div role="group" aria-label="Danh sách">
        {VIEWS.map(([v, label]) => (
          <button type="button" key={v} class={view === v ? 'tab current' : 'tab'} aria-pressed={view === v} onClick={() => setView(v)}>{label}</button>
        ))}
      </div>
      <table>
        <caption class="visually-hidden">Danh sách phiếu</caption>
        <thead><tr><th scope="col">Mã phiếu</th><th scope="col">Trạng thái</th><th scope="col">Cơ quan</th><th scope="col">Hạn</th><th scope="col">Nội dung</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td><button type="button" class="link" onClick={() => void show(r.id)}>{r.code}</button></td>
              <td>{r.statusLabel}</td>
              <td>{r.agencyId ?? '—'}</td>
              <td>{r.overdue ? <strong>Quá hạn ({date(r.dueAt)})</strong> : date(r.dueAt)}</td>
              <td>{r.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <article aria-labelledby="ticket-h" class="ticket">
          <h3 id="ticket-h">Phiếu {open.code}: {open.statusLabel}</h3>
          <p>Đang giữ: <strong>{open.holder}</strong>, hạn {date(open.dueAt)}</p>
          <p>{open.content}</p>
          <p>Người gửi: {open.citizenName} – {open.citizenPhone}</p>
          {open.proposal?.agencyId && <p>Đề xuất tự động: cơ quan <strong>{open.proposal.agencyId}</strong>, lĩnh vực {open.proposal.field ?? '—'} (độ tin cậy {Math.round(open.proposal.confidence * 100)}%; {open.proposal.why}). Cần người xác nhận.</p>}
          <div role="group" aria-label="Thao tác">
            {supervisor && open.status === 'draft' && <button type="button" onClick={() => void act('confirm')}>Duyệt bản nháp</button>}
            {supervisor && (open.status === 'received' || open.status === 'classified') && <button type="button" onClick={() => void act('classify', { intakeClass: 'within' })}>Phân loại: thuộc thẩm quyền</button>}
            {supervisor && ['classified', 'assigned', 'in_progress'].includes(open.status) && (
              <InlineAction
                label="Giao cơ quan"
                submitLabel="Giao phiếu"
                fields={[{ name: 'agencyId', label: 'Cơ quan xử lý', kind: 'select', value: open.agencyId ?? open.proposal?.agencyId ?? undefined, options: agencies.map((a) => ({ value: a.id, label: a.name })) }]}
                onSubmit={(v) => act('assign', { agencyId: v.agencyId ?? '' })}
              />
            )}
            {supervisor && (
              <InlineAction
                label="Đổi hạn"
                submitLabel="Lưu hạn mới"
                fields={[{ name: 'date', label: 'Hạn mới', kind: 'date' }, { name: 'reason', label: 'Lý do đổi hạn', kind: 'textarea' }]}
                onSubmit={(v) => act('deadline', { date: v.date ?? '', reason: v.reason ?? '' })}
              />
            )}
            {role === 'agency_officer' && open.status === 'assigned' && <button type="button" onClick={() => void act('start')}>Nhận xử lý</button>}
            {['assigned', 'in_progress'].includes(open.status) && role !== 'agent' && (
              <InlineAction label="Trả lời" submitLabel="Gửi trả lời" fields={[{ name: 'answer', label: 'Nội dung trả lời', kind: 'textarea' }]} onSubmit={(v) => act('answer', { answer: v.answer ?? '' })} />
            )}
            {role === 'agency_officer' && ['assigned', 'in_progress'].includes(open.status) && (
              <InlineAction label="Trả lại" submitLabel="Gửi trả lại" fields={[{ name: 'reason', label: 'Lý do trả lại (giao nhầm)', kind: 'textarea' }]} onSubmit={(v) => act('return', { reason: v.reason ?? '' })} />
            )}
            {!open.revealed && (
              <InlineAction secondary label="Hiện thông tin" submitLabel="Xem thông tin" fields={[{ name: 'reason', label: 'Lý do xem thông tin cá nhân (được ghi nhật ký)' }]} onSubmit={(v) => reveal(v.reason ?? '')} />
            )}
          </div>
          <h4>Quá trình xử lý</h4>
          <ol class="timeline">
            {open.timeline.map((e, i) => (
              <li key={i}><strong>{ACTION_LABEL[e.action] ?? e.action}</strong> – {date(e.at)} – {e.actorName}{e.note ? `: ${e.note}` : ''}{e.dueAt ? ` (hạn ${date(e.dueAt)})` : ''}</li>
            ))}
          </ol>
        </article>
      )}
    </section>
  );
}

interface ReportRow { key: string; received: number; onTime: number; late: number; avgWorkingDays: number | null; ratings: Record<string, number>; reopenedShare: number }

/** The report by field, agency, channel or type over a date range, with a chart and an audited CSV download. */
export function ComplaintReportView() {
  // Today in Vietnam, as the server reads the range (+07:00): a UTC date left out the first 7 hours of a day.
  const today = todayVn();
  const [q, setQ] = useState({ from: `${today.slice(0, 8)}01`, to: today, by: 'field' });
  const [rows, setRows] = useState<ReportRow[]>([]);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    void call<{ rows: ReportRow[] }>('GET', `/complaints/report?from=${q.from}&to=${q.to}&by=${q.by}`).then((r) => setRows(r.rows));
  }, [q]);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: rows.map((r) => r.key), datasets: [{ label: 'Đúng hạn', data: rows.map((r) => r.onTime), backgroundColor: '#1b6e20' }, { label: 'Trễ hạn', data: rows.map((r) => r.late), backgroundColor: '#a00000' }, { label: 'Không hài lòng', data: rows.map((r) => r.ratings.dissatisfied ?? 0), backgroundColor: '#8a5a00' }] },
      options: { animation: false, responsive: true },
    });
    return () => chart.destroy();
  }, [rows]);
  const set = (k: string) => (e: Event) => setQ({ ...q, [k]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section aria-labelledby="creport-h">
      <h2 id="creport-h">Báo cáo phản ánh, kiến nghị</h2>
      <label for="cr-from">Từ ngày</label><input id="cr-from" type="date" value={q.from} onChange={set('from')} />
      <label for="cr-to">Đến ngày</label><input id="cr-to" type="date" value={q.to} onChange={set('to')} />
      <label for="cr-by">Theo</label>
      <select id="cr-by" value={q.by} onChange={set('by')}><option value="field">Lĩnh vực</option><option value="agency">Cơ quan</option><option value="channel">Kênh</option><option value="type">Loại</option></select>
      <p><a href={`/console/api/v1/complaints/report.csv?from=${q.from}&to=${q.to}&by=${q.by}`}>Tải CSV (được ghi nhật ký)</a></p>
      <canvas ref={canvas} role="img" aria-label="Biểu đồ số phiếu đúng hạn, trễ hạn và không hài lòng" />
      <table>
        <caption>Số liệu</caption>
        <thead><tr><th scope="col">Nhóm</th><th scope="col">Tiếp nhận</th><th scope="col">Đúng hạn</th><th scope="col">Trễ hạn</th><th scope="col">TB ngày làm việc</th><th scope="col">Rất hài lòng / Hài lòng / Không hài lòng</th><th scope="col">Tỷ lệ mở lại</th></tr></thead>
        <tbody>{rows.map((r) => <tr key={r.key}><td>{r.key}</td><td>{r.received}</td><td>{r.onTime}</td><td>{r.late}</td><td>{r.avgWorkingDays ?? '—'}</td><td>{r.ratings.very_satisfied} / {r.ratings.satisfied} / {r.ratings.dissatisfied}</td><td>{Math.round(r.reopenedShare * 100)}%</td></tr>)}</tbody>
      </table>
    </section>
  );
}
