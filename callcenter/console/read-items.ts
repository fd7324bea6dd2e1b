import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { rowsOf } from '../queue/deps.ts';
import { canSee, type StaffUser } from '../staff/roles.ts';
import { maskText } from './personal-data.ts';

export interface ItemView {
  id: string;
  conversationId: string;
  status: string;
  priority: number;
  reason: string;
  channel: string;
  skills: string[];
  teamId: string | null;
  branch: string | null;
  agentId: string | null;
  agentName: string | null;
  question: string;
  procedureName: string | null;
  createdAt: string;
  assignedAt: string | null;
  offerExpiresAt: string | null;
}

interface Raw {
  id: string;
  conversation_id: string;
  status: string;
  priority: number;
  reason: string;
  channel: string;
  skills: string[];
  team_id: string | null;
  branch: string | null;
  agent_id: string | null;
  agent_name: string | null;
  summary: { question?: string; procedureName?: string | null };
  created_at: Date | string;
  assigned_at: Date | string | null;
  offer_expires_at: Date | string | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Open queue items (waiting, offered, assigned, wrapping), oldest first within priority. */
export async function openItems(db: Db, where = sql`h.status <> 'closed'`): Promise<ItemView[]> {
  const rows = await rowsOf<Raw>(
    db.execute(sql`select h.id, h.conversation_id, h.status, h.priority, h.reason, h.channel, h.skills, h.team_id, h.branch,
        h.agent_id, u.display_name as agent_name, h.summary, h.created_at, h.assigned_at, h.offer_expires_at
      from handoffs h left join staff_users u on u.id = h.agent_id
      where ${where} order by h.priority, h.created_at limit 1000`),
  );
  return rows.map((r) => ({
    id: r.id,
    conversationId: r.conversation_id,
    status: r.status,
    priority: r.priority,
    reason: r.reason,
    channel: r.channel,
    skills: r.skills,
    teamId: r.team_id,
    branch: r.branch,
    agentId: r.agent_id,
    agentName: r.agent_name,
    question: maskText(r.summary.question ?? ''),
    procedureName: r.summary.procedureName ?? null,
    createdAt: iso(r.created_at)!,
    assignedAt: iso(r.assigned_at),
    offerExpiresAt: iso(r.offer_expires_at),
  }));
}

/** What a user sees of the open items: their inbox and the queue they may work or watch. */
export async function itemsFor(db: Db, user: StaffUser): Promise<{ inbox: ItemView[]; queue: ItemView[]; open?: ItemView[] }> {
  const items = (await openItems(db)).filter((i) => canSee(user, i));
  return {
    inbox: items.filter((i) => i.agentId === user.id && i.status !== 'queued'),
    queue: items.filter((i) => i.status === 'queued' || (i.status === 'offered' && i.agentId !== user.id)),
    // Supervisors and admins watch (and reassign) every open conversation they may see.
    ...(user.role === 'supervisor' || user.role === 'admin' ? { open: items } : {}),
  };
}

/** One item by id, whatever its status. */
export async function itemById(db: Db, id: string): Promise<ItemView | null> {
  const [item] = await openItems(db, sql`h.id = ${id}`);
  return item ?? null;
}
