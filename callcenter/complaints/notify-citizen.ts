import { formatDateVi } from '../../assistant/index.ts';
import type { ComplaintDeps, Ticket } from './deps.ts';
import { STATUS_LABEL } from './workflow.ts';

/** The public tracking page of a ticket (code and lookup code; nothing personal). */
export function trackingUrl(deps: Pick<ComplaintDeps, 'publicUrl'>, ticket: Pick<Ticket, 'code' | 'lookupCode'>): string {
  return `${deps.publicUrl}/phan-anh/tra-cuu?ma=${encodeURIComponent(ticket.code)}&khoa=${encodeURIComponent(ticket.lookupCode)}`;
}

function defaultText(deps: ComplaintDeps, t: Ticket): string {
  const due = t.dueAt ? ` Hạn xử lý: ${formatDateVi(t.dueAt)}.` : '';
  const head = `Phiếu ${t.code}: ${STATUS_LABEL[t.status].toLowerCase()}.`;
  if (t.status === 'notified' || t.status === 'answered') {
    return `${head} Nội dung trả lời: ${t.answer ?? ''}\nBạn xem chi tiết và đánh giá mức độ hài lòng tại: ${trackingUrl(deps, t)}`;
  }
  if (t.status === 'rejected' || t.status === 'transferred') return `${head} ${t.reason ?? ''} Chi tiết: ${trackingUrl(deps, t)}`;
  return `${head}${due} Theo dõi tại: ${trackingUrl(deps, t)}`;
}

/**
 * Tells the citizen of a change on the channel they used: a message in the ticket's
 * conversation, which the web, Zalo and SMS channels deliver. Tickets filed on the web form
 * without a conversation are followed on the tracking page.
 */
export async function notifyCitizen(deps: ComplaintDeps, ticket: Ticket, text: string | null): Promise<boolean> {
  if (!deps.messenger || !ticket.conversationId || ticket.status === 'draft') return false;
  await deps.messenger.send(ticket.conversationId, 'system', text ?? defaultText(deps, ticket), null);
  return true;
}
