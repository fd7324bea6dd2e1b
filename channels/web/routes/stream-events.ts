import type { Request, Response, Router } from 'express';
import { AppError } from '../../../platform/http/errors.ts';
import type { ChannelAssistant } from '../../types.ts';
import { HISTORY_PAGE } from '../api-schemas.ts';
import type { ConversationAccess } from '../conversation-access.ts';
import type { ConversationFeed, FeedMessage } from '../feed.ts';
import { publicMessage } from '../public-message.ts';
import { serverStrings } from '../strings.ts';
import { createStreamSlots, type StreamCaps } from '../stream-slots.ts';

export interface StreamDeps {
  assistant: ChannelAssistant;
  access: ConversationAccess;
  feed: ConversationFeed;
  heartbeatMs: number;
  /** Open streams, so shutdown can end them. */
  open: Set<Response>;
  caps: StreamCaps;
}

/** A replay longer than this stops with a `truncated` event naming the last id sent; the client pages the rest from history. */
export const REPLAY_CAP = 1_000;

function lastEventId(header: string | undefined, query: unknown): number | null {
  const raw = header ?? (typeof query === 'string' ? query : undefined);
  if (raw === undefined || !/^\d{1,15}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * GET /conversations/:id/events: server-sent events with every stored message of the
 * conversation (agents' too). Event ids are message ids: a reconnect with Last-Event-ID, or a
 * first connection with ?lastEventId= (0 for a page that has rendered nothing), replays what
 * came after from history, then goes live. Without either it is live only.
 */
export function mountStreamEvents(router: Router, deps: StreamDeps): void {
  const slots = createStreamSlots(deps.caps);
  const path = '/conversations/:conversationId/events';

  // Express answers HEAD with the GET handler, which would never end: say what GET would return.
  router.head(path, async (req, res) => {
    await deps.access.authorize(req, { allowQueryToken: true });
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' }).end();
  });

  router.get(path, async (req: Request, res: Response) => {
    const conversationId = await deps.access.authorize(req, { allowQueryToken: true });
    const after = lastEventId(req.get('last-event-id'), req.query.lastEventId);
    const release = slots.take(req.ip ?? 'unknown', conversationId);
    if (!release) throw new AppError('rate_limited', serverStrings.tooManyStreams, { retryAfterSeconds: 10 });

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
    // Typing carries no id: a reconnect's Last-Event-ID stays the last message's.
    const unsubscribeTyping = deps.feed.subscribeTyping(conversationId, (typing) => res.write(`event: typing\ndata: ${JSON.stringify(typing)}\n\n`));
    const heartbeat = setInterval(() => res.write(': ping\n\n'), deps.heartbeatMs);
    deps.open.add(res);
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      unsubscribeTyping();
      deps.open.delete(res);
      release();
    });

    try {
      if (after !== null) await replay(deps.assistant, conversationId, after, send, res);
    } finally {
      const waiting = backlog;
      backlog = null;
      for (const m of waiting) send(m);
    }
    res.write('event: ready\ndata: {}\n\n');
  });
}

/** Sends history after `after` page by page; past the cap it says where it stopped instead of cutting silently. */
async function replay(assistant: ChannelAssistant, conversationId: string, after: number, send: (m: FeedMessage) => void, res: Response): Promise<void> {
  let cursor = after;
  let replayed = 0;
  for (;;) {
    const page = await assistant.conversations.history(conversationId, cursor, HISTORY_PAGE);
    for (const m of page) send(m);
    replayed += page.length;
    if (page.length < HISTORY_PAGE) return;
    cursor = page[page.length - 1]!.id;
    if (replayed >= REPLAY_CAP) {
      res.write(`event: truncated\ndata: ${JSON.stringify({ after: cursor })}\n\n`);
      return;
    }
  }
}
