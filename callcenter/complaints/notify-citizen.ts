import { citizenLink, formatDateVi, type CitizenLink } from '../../assistant/index.ts';
import type { ComplaintDeps, Ticket } from './deps.ts';
import { STATUS_LABEL } from './workflow.ts';

/** The public tracking page of a ticket (code and lookup code; nothing personal). */
export function trackingUrl(deps: Pick<ComplaintDeps, 'publicUrl'>, ticket: Pick<Ticket, 'code' | 'lookupCode'>): string {
  return `${deps.publicUrl}/phan-anh/tra-cuu?ma=${encodeURIComponent(ticket.code)}&khoa=${encodeURIComponent(ticket.lookupCode)}`;
}

/**
 * Where the citizen follows the ticket, in a message on `channel`: the tracking link when the channel
 * can open it (an SMS or Zalo message needs PUBLIC_BASE_URL), else how to find the page by its codes.
 */
export function whereToTrack(deps: Pick<ComplaintDeps, 'publicUrl'>, ticket: Pick<Ticket, 'code' | 'lookupCode'>, channel: string): string {
  const path = trackingUrl({ publicUrl: '' }, ticket);
  const link = citizenLink(deps.publicUrl || undefined)(channel as Parameters<CitizenLink>[0], path);
  return link ?? `mục "Phản ánh, kiến nghị → Tra cứu" trên trang web của Trung tâm, với mã phiếu ${ticket.code} và mã tra cứu ${ticket.lookupCode}`;
}

function defaultText(deps: ComplaintDeps, t: Ticket): string {
  const due = t.dueAt ? ` Hạn xử lý: ${formatDateVi(t.dueAt)}.` : '';
  const head = `Phiếu ${t.code}: ${STATUS_LABEL[t.status].toLowerCase()}.`;
  const where = whereToTrack(deps, t, t.channel);
  if (t.status === 'notified' || t.status === 'answered') {
    return `${head} Nội dung trả lời: ${t.answer ?? ''}\nBạn xem chi tiết và đánh giá mức độ hài lòng tại: ${where}`;
  }
  if (t.status === 'rejected' || t.status === 'transferred') return `${head} ${t.reason ?? ''} Chi tiết: ${where}`;
  return `${head}${due} Theo dõi tại: ${where}`;
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
