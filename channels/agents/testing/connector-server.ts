import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorActivity {
  conversationId: string;
  /** Set when the activity was posted as a reply (POST …/activities/{activityId}). */
  replyToId: string | null;
  authorization: string | null;
  activity: { type?: string; text?: string; from?: { id?: string }; recipient?: { id?: string }; conversation?: { id?: string }; suggestedActions?: unknown };
}

/**
 * A loopback Bot Framework connector (the service a channel's `serviceUrl` points to), as the
 * Connector API documents it: POST /v3/conversations/{conversationId}/activities (send to the
 * conversation) and POST /v3/conversations/{conversationId}/activities/{activityId} (reply),
 * JSON in, `200 {"id": …}` (a ResourceResponse) out; 404 for a conversation it does not know.
 * `requireToken` makes it answer 401 without a bearer token, as the real connector does.
 */
export async function startConnectorPeer(options: { requireToken?: boolean } = {}) {
  const received: ConnectorActivity[] = [];
  const known = new Set<string>();
  let failures: number[] = [];
  const route = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const reply = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    const match = req.method === 'POST' ? route.exec(new URL(req.url ?? '/', 'http://x').pathname) : null;
    if (!match) return reply(404, { error: { code: 'NotFound', message: 'not found' } });
    const authorization = req.headers.authorization ?? null;
    if (options.requireToken && !authorization?.startsWith('Bearer ')) return reply(401, { message: 'Authorization has been denied for this request.' });
    const conversationId = decodeURIComponent(match[1]!);
    if (!known.has(conversationId)) return reply(404, { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } });
    const failure = failures.shift();
    if (failure) return reply(failure, { error: { code: 'ServiceError', message: 'try again' } });
    let activity: ConnectorActivity['activity'];
    try {
      activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ConnectorActivity['activity'];
    } catch {
      return reply(400, { error: { code: 'BadArgument', message: 'invalid JSON' } });
    }
    received.push({ conversationId, replyToId: match[2] ? decodeURIComponent(match[2]) : null, authorization, activity });
    reply(200, { id: randomUUID() });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The `serviceUrl` activities from this channel carry. */
    url: `http://127.0.0.1:${port}/`,
    received,
    /** The connector knows a conversation once a user has started it. */
    open: (conversationId: string) => known.add(conversationId),
    failNext: (...statuses: number[]) => {
      failures = statuses;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ConnectorPeer = Awaited<ReturnType<typeof startConnectorPeer>>;
