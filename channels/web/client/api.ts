import type { Reply } from '../../../assistant/index.ts';
import type { Session } from './storage.ts';

export interface ApiMessage {
  id: number;
  role: 'citizen' | 'assistant' | 'agent' | 'system';
  text: string;
  reply: Reply | null;
  /** The staff member who wrote an `agent` message. */
  author?: string | null;
  createdAt: string;
}

export interface SendResult {
  clientMessageId: string;
  reply: Reply;
  messageId: number | null;
  citizenMessageId: number | null;
}

/** A failed call: `status` 0 means the network failed (worth retrying). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: number,
    detail: string,
  ) {
    super(detail);
  }
}

const TIMEOUT_MS = 30_000;

/** The browser side of /api/v1. */
export function createApi(base: string) {
  const root = `${base}/api/v1`;

  async function call<T>(path: string, init: RequestInit, session?: Session): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (init.body) headers['Content-Type'] = 'application/json';
    if (session) headers.Authorization = `Bearer ${session.token}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(root + path, { ...init, headers, signal: controller.signal, credentials: 'omit' });
    } catch (error) {
      throw new ApiError(0, 0, String(error));
    } finally {
      clearTimeout(timer);
    }
    if (response.ok) return (await response.json()) as T;
    const problem = (await response.json().catch(() => ({}))) as { detail?: string };
    throw new ApiError(response.status, Number(response.headers.get('Retry-After') ?? 0), problem.detail ?? response.statusText);
  }

  return {
    start: () => call<Session>('/conversations', { method: 'POST', body: '{}' }),
    send: (session: Session, body: { text: string; clientMessageId: string; elderly: boolean }) =>
      call<SendResult>(`/conversations/${session.conversationId}/messages`, { method: 'POST', body: JSON.stringify(body) }, session),
    /** Tells the agent the citizen is typing (no text); the caller throttles it. */
    typing: async (session: Session) => {
      const response = await fetch(`${root}/conversations/${session.conversationId}/typing`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` },
        body: '{}',
        credentials: 'omit',
      });
      if (!response.ok && response.status !== 429) throw new ApiError(response.status, 0, response.statusText);
    },
    history: (session: Session, after?: number) =>
      call<{ messages: ApiMessage[]; hasMore: boolean }>(`/conversations/${session.conversationId}/messages${after ? `?after=${after}` : ''}`, { method: 'GET' }, session),
    /**
     * EventSource cannot send headers, so the token goes in the query (the server logs paths only).
     * The last id rendered always goes too, 0 included: the first connection then replays what was
     * stored before it opened (an agent's message, say) instead of starting live.
     */
    events(session: Session, lastEventId: number): EventSource {
      const query = new URLSearchParams({ token: session.token, lastEventId: String(lastEventId) });
      return new EventSource(`${root}/conversations/${session.conversationId}/events?${query.toString()}`);
    },
  };
}

export type Api = ReturnType<typeof createApi>;
