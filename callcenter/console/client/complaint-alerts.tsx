/** A complaint deadline alert as the console stream sends it (callcenter/console/events-stream.ts). */
export interface ComplaintAlert {
  id: string;
  code: string;
  kind: 'remind' | 'escalate';
  dueAt: string | null;
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }) : '—');
export const alertText = (a: ComplaintAlert) =>
  a.kind === 'remind' ? `Phiếu ${a.code} sắp đến hạn xử lý (hạn ${when(a.dueAt)}).` : `Phiếu ${a.code} đã quá hạn xử lý; giám sát viên đã được báo. Hạn mới hẹn với người gửi: ${when(a.dueAt)}.`;
/** The link that opens a ticket on the complaints page (main.tsx follows it). */
export const ticketLink = (id: string) => `#phieu/${id}`;

/**
 * Deadline reminders and escalations for the staff member signed in. The live region is always
 * on the page, so that a screen reader announces each new notice; each links to its ticket.
 */
export function ComplaintAlerts({ alerts, onDismiss }: { alerts: ComplaintAlert[]; onDismiss: (a: ComplaintAlert) => void }) {
  return (
    <section class="complaint-alerts" aria-label="Thông báo hạn xử lý phản ánh">
      <ul aria-live="polite" aria-relevant="additions text">
        {alerts.map((a) => (
          <li key={`${a.kind}:${a.id}`} class={a.kind === 'escalate' ? 'alert late' : 'alert'}>
            <span>{alertText(a)}</span> <a href={ticketLink(a.id)}>Mở phiếu {a.code}</a>{' '}
            <button type="button" class="secondary" aria-label={`Đã xem thông báo phiếu ${a.code}`} onClick={() => onDismiss(a)}>
              Đã xem
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
