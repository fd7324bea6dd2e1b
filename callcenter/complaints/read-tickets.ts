import { and, asc, desc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { maskPersonalData } from '../../platform/logging/redact.ts';
import type { StaffUser } from '../staff/roles.ts';
import { staffUsers } from '../tables.ts';
import type { ComplaintDeps, Ticket } from './deps.ts';
import { complaintAgencies, complaintEvents, complaints } from './tables.ts';
import { OPEN_STATUSES, STATUS_LABEL } from './workflow.ts';

export type TimelineEntry = { at: string; actorName: string; action: string; fromStatus: string | null; toStatus: string | null; note: string | null; dueAt: string | null };

export async function timelineOf(deps: Pick<ComplaintDeps, 'db'>, id: string, onlyPublic: boolean): Promise<TimelineEntry[]> {
  const rows = await deps.db
    .select()
    .from(complaintEvents)
    .where(onlyPublic ? and(eq(complaintEvents.complaintId, id), eq(complaintEvents.public, true)) : eq(complaintEvents.complaintId, id))
    .orderBy(asc(complaintEvents.id));
  return rows.map((r) => ({ at: r.at.toISOString(), actorName: r.actorName, action: r.action, fromStatus: r.fromStatus, toStatus: r.toStatus, note: r.note, dueAt: r.dueAt?.toISOString() ?? null }));
}

/** What the public tracking page and API show: no name, phone, email or address, no officer's account. */
export async function publicView(deps: Pick<ComplaintDeps, 'db'>, t: Ticket) {
  const [agency] = t.agencyId ? await deps.db.select({ name: complaintAgencies.name }).from(complaintAgencies).where(eq(complaintAgencies.id, t.agencyId)) : [];
  const timeline = (await timelineOf(deps, t.id, true)).map((e) => ({ ...e, actorName: e.action === 'rate' || e.action === 'withdraw' ? 'Người gửi' : e.actorName === 'Hệ thống' ? 'Hệ thống' : 'Cán bộ' }));
  return {
    code: t.code,
    type: t.type,
    status: t.status,
    statusLabel: STATUS_LABEL[t.status],
    receivedAt: t.createdAt.toISOString(),
    agency: agency?.name ?? null,
    dueAt: t.dueAt?.toISOString() ?? null,
    answer: t.answer,
    answeredAt: t.answeredAt?.toISOString() ?? null,
    rating: t.rating,
    canRate: t.status === 'notified' || t.status === 'answered',
    reason: t.status === 'rejected' || t.status === 'transferred' ? t.reason : null,
    timeline,
  };
}

/** The staff view of a ticket: personal details masked until revealed (and the reveal audited). */
export async function staffView(deps: Pick<ComplaintDeps, 'db'>, t: Ticket, revealed = false) {
  const [officer] = t.officerId ? await deps.db.select({ name: staffUsers.displayName }).from(staffUsers).where(eq(staffUsers.id, t.officerId)) : [];
  const mask = (v: string | null) => (v === null || revealed ? v : maskPersonalData(v) === v ? `${v.slice(0, 2)}…` : maskPersonalData(v));
  const { lookupCode: _secret, clientId: _client, ...rest } = t;
  return {
    ...rest,
    citizenName: mask(t.citizenName),
    citizenPhone: mask(t.citizenPhone),
    citizenEmail: mask(t.citizenEmail),
    citizenAddress: mask(t.citizenAddress),
    revealed,
    officerName: officer?.name ?? null,
    holder: holderOf(t, officer?.name ?? null),
    statusLabel: STATUS_LABEL[t.status],
    timeline: await timelineOf(deps, t.id, false),
  };
}

/** Who holds the ticket now: the officer, the agency, or the supervisors (until classified and assigned). */
export function holderOf(t: Ticket, officerName: string | null): string {
  if (!OPEN_STATUSES.includes(t.status)) return '—';
  if (t.status === 'answered' || t.status === 'notified') return 'Người gửi (chờ đánh giá)';
  if (t.officerId && officerName) return officerName;
  if (t.agencyId) return `Cơ quan: ${t.agencyId}`;
  return 'Giám sát viên tổng đài';
}

export interface ListFilter {
  view: 'open' | 'due_today' | 'overdue' | 'drafts' | 'all';
  status?: string | undefined;
}

/** The tickets a staff member may see, newest deadline first; supervisors by branch, officers by agency. */
export async function listTickets(deps: Pick<ComplaintDeps, 'db' | 'now'>, user: StaffUser, filter: ListFilter) {
  const scope: SQL[] = [];
  if (user.role === 'agency_officer') scope.push(eq(complaints.agencyId, user.agencyId ?? '\u0000'));
  else if (user.role === 'supervisor' && user.branch) scope.push(or(isNull(complaints.branch), eq(complaints.branch, user.branch))!);
  else if (user.role === 'agent') return [];
  const now = deps.now();
  const endOfToday = new Date(Math.floor((now.getTime() + 7 * 3_600_000) / 86_400_000 + 1) * 86_400_000 - 7 * 3_600_000 - 1);
  const open = inArray(complaints.status, OPEN_STATUSES.filter((s) => s !== 'draft'));
  if (filter.view === 'open') scope.push(open);
  if (filter.view === 'due_today') scope.push(open, lte(complaints.dueAt, endOfToday), sql`${complaints.dueAt} >= ${now}`);
  if (filter.view === 'overdue') scope.push(open, lte(complaints.dueAt, now));
  if (filter.view === 'drafts') scope.push(eq(complaints.status, 'draft'));
  if (filter.status) scope.push(eq(complaints.status, filter.status as Ticket['status']));
  const rows = await deps.db
    .select()
    .from(complaints)
    .where(scope.length ? and(...scope) : undefined)
    .orderBy(sql`${complaints.dueAt} asc nulls last`, desc(complaints.createdAt))
    .limit(200);
  return rows.map((t) => ({
    id: t.id,
    code: t.code,
    type: t.type,
    status: t.status,
    statusLabel: STATUS_LABEL[t.status],
    channel: t.channel,
    agencyId: t.agencyId,
    field: t.field,
    dueAt: t.dueAt?.toISOString() ?? null,
    overdue: t.dueAt !== null && t.dueAt < now,
    createdAt: t.createdAt.toISOString(),
    summary: maskPersonalData(t.content).slice(0, 140),
  }));
}
