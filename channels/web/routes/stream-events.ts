import type { Response, Router } from 'express';
import type { ChannelAssistant } from '../../types.ts';
import type { ConversationAccess } from '../conversation-access.ts';
import type { ConversationFeed, FeedMessage } from '../feed.ts';
import { publicMessage } from '../public-message.ts';

export interface StreamDeps {
  assistant: ChannelAssistant;
  access: ConversationAccess;
  feed: ConversationFeed;
  heartbeatMs: number;
  /** Open streams, so shutdown can end them. */
  open: Set<Response>;
}

function lastEventId(header: string | undefined, query: unknown): number | null {
  const raw = header ?? (typeof query === 'string' ? query : undefined);
  if (raw === undefined || !/^\d{1,15}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * GET /conversations/:id/events: server-sent events with every stored message of the
 * conversation (agents' too). Event ids are message ids, so a reconnect with Last-Event-ID
 * (or ?lastEventId= on a fresh page) replays what was missed from history, then goes live.
 */
export function mountStreamEvents(router: Router, deps: StreamDeps): void {
  router.get('/conversations/:conversationId/events', async (req, res) => {
    const conversationId = await deps.access.authorize(req, { allowQueryToken: true });
    const after = lastEventId(req.get('last-event-id'), req.query.lastEventId);

    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n\n');

    const sent = new Set<number>();
    const send = (message: FeedMessage) => {
      if (sent.has(message.id) || (after !== null && message.id <= after)) return;
      sent.add(message.id);
      res.write(`id: ${message.id}\nevent: message\ndata: ${JSON.stringify(publicMessage(message))}\n\n`);
    };

    // Subscribe before reading history so nothing stored in between is missed; dedupe by id.
    let backlog: FeedMessage[] | null = [];
    const unsubscribe = deps.feed.subscribe(conversationId, (m) => (backlog ? backlog.push(m) : send(m)));
    const heartbeat = setInterval(() => res.write(': ping\n\n'), deps.heartbeatMs);
    deps.open.add(res);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
      deps.open.delete(res);
    };
    res.on('close', close);

    try {
      if (after !== null) for (const m of await deps.assistant.conversations.history(conversationId, after)) send(m);
    } finally {
      const waiting = backlog;
      backlog = null;
      for (const m of waiting) send(m);
    }
    res.write('event: ready\ndata: {}\n\n');
  });
}
