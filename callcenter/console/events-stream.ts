import { sql } from 'drizzle-orm';
import type { Response, Router } from 'express';
import type { EventMap, QueueItemEvent } from '../../platform/events/bus.ts';
import { receivesAlert } from '../complaints/access.ts';
import { rowsOf } from '../queue/deps.ts';
import { canSee, type ItemScope, type StaffUser } from '../staff/roles.ts';
import { PHONE_ROLES } from '../voice-queue/index.ts';
import { userOf } from './auth.ts';
import type { ConsoleContext } from './context.ts';
import { maskText } from './personal-data.ts';

interface Stream {
  user: StaffUser;
  res: Response;
}

type Scope = ItemScope & { handoffId: string };

const QUEUE_EVENTS = [
  'conversation.queued',
  'conversation.offered',
  'conversation.assigned',
  'conversation.transferred',
  'conversation.wrapping',
  'conversation.closed',
  'conversation.returned_to_bot',
  'handoff.note_created',
] as const;

/**
 * GET /events: one server-sent event stream per signed-in tab. Every event is filtered per user on
 * the server: agents get only their teams' and their own conversations, supervisors their branch.
 * Citizens' messages arrive masked, as on the conversation page before "Hiện".
 */
export function createConsoleEvents(ctx: ConsoleContext, heartbeatMs: number) {
  const streams = new Set<Stream>();
  const scopes = new Map<string, Scope | null>();
  const offs: (() => void)[] = [];

  const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
  const send = (stream: Stream, event: string, data: unknown) => stream.res.write(frame(event, data));
  /** One event to every stream allowed to see it: serialised once, however many agents are connected. */
  const fanOut = (event: string, data: unknown, allowed: (stream: Stream) => boolean) => {
    let text: string | null = null;
    for (const stream of streams) if (allowed(stream)) stream.res.write((text ??= frame(event, data)));
  };

  async function scopeOf(conversationId: string): Promise<Scope | null> {
    if (scopes.has(conversationId)) return scopes.get(conversationId)!;
    const [row] = await rowsOf<{ id: string; team_id: string | null; branch: string | null; agent_id: string | null }>(
      ctx.db.execute(sql`select id, team_id, branch, agent_id from handoffs where conversation_id = ${conversationId} and status <> 'closed'
        order by created_at desc limit 1`),
    );
    const scope = row ? { handoffId: row.id, teamId: row.team_id, branch: row.branch, agentId: row.agent_id } : null;
    if (scopes.size > 50_000) scopes.clear();
    scopes.set(conversationId, scope);
    return scope;
  }

  function onItem(name: (typeof QUEUE_EVENTS)[number], event: QueueItemEvent): void {
    if (event.status === 'closed') scopes.delete(event.conversationId);
    else scopes.set(event.conversationId, { handoffId: event.handoffId, teamId: event.teamId, branch: event.branch, agentId: event.agentId });
    fanOut(name, event, (stream) => canSee(stream.user, event) || event.previousAgentId === stream.user.id);
  }

  async function onMessage({ conversationId, message }: EventMap['message.created']): Promise<void> {
    if (streams.size === 0) return;
    const scope = await scopeOf(conversationId);
    if (!scope) return;
    const data = { conversationId, handoffId: scope.handoffId, message: { ...message, reply: undefined, text: maskText(message.text) } };
    fanOut('message.created', data, (stream) => canSee(stream.user, scope));
  }

  /** The citizen is typing: to those who may see the conversation, while people own it. */
  async function onTyping(event: EventMap['conversation.typing']): Promise<void> {
    if (event.who !== 'citizen' || streams.size === 0) return;
    const scope = await scopeOf(event.conversationId);
    if (!scope) return;
    const data = { conversationId: event.conversationId, handoffId: scope.handoffId, who: 'citizen', at: event.at };
    fanOut('conversation.typing', data, (stream) => canSee(stream.user, scope));
  }

  function onPresence(event: EventMap['staff.presence_changed']): void {
    fanOut('staff.presence_changed', event, ({ user: u }) => {
      const watches = u.role === 'admin' || (u.role === 'supervisor' && (!u.branch || !event.branch || u.branch === event.branch));
      return watches || u.id === event.userId;
    });
  }

  /** A complaint deadline reminder or escalation: only to the ticket's holder and, when late, its branch's supervisors. */
  function onComplaintAlert(event: EventMap['complaint.alert']): void {
    const data = { id: event.id, code: event.code, kind: event.kind, dueAt: event.dueAt };
    fanOut('complaint.alert', data, (stream) => receivesAlert(stream.user, event));
  }

  return {
    start(): void {
      for (const name of QUEUE_EVENTS) offs.push(ctx.bus.on(name, (e: QueueItemEvent) => onItem(name, e)));
      offs.push(ctx.bus.on('message.created', onMessage));
      offs.push(ctx.bus.on('staff.presence_changed', onPresence));
      offs.push(ctx.bus.on('conversation.typing', onTyping));
      offs.push(ctx.bus.on('complaint.alert', onComplaintAlert));
      // The phone line's work is the same for everyone who answers it (no personal data travels).
      offs.push(ctx.bus.on('voice.changed', (event) => fanOut('voice.changed', event, ({ user }) => PHONE_ROLES.has(user.role))));
    },
    mount(router: Router): void {
      router.get('/events', (_req, res) => {
        const stream = { user: userOf(res), res };
        res.writeHead(200, {
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-store',
          Connection: 'keep-alive',
          'X-Accel-Buffering': 'no',
        });
        res.write('retry: 3000\n\n');
        streams.add(stream);
        const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
        res.on('close', () => {
          clearInterval(heartbeat);
          streams.delete(stream);
        });
        send(stream, 'ready', {});
      });
    },
    close(): void {
      for (const off of offs.splice(0)) off();
      for (const stream of streams) stream.res.end();
      streams.clear();
    },
  };
}
