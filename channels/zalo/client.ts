import type { Confirmation, SendResult } from '../delivery/index.ts';
import { resultFromStatus, transientFromError } from '../delivery/sender.ts';
import { ZaloAuthError, type ZaloTokens } from './tokens.ts';

/** Zalo OA API error codes we act on (field-research §3); others fail the message. */
export const ZALO_TOKEN_INVALID = -216;
export const ZALO_OUTSIDE_WINDOW = -230;

interface ZaloAnswer {
  error?: number | string;
  message?: string;
  data?: { message_id?: string };
}

interface ZaloConversationMessage {
  src?: number;
  time?: number;
  type?: string;
  message?: string;
  message_id?: string;
  from_id?: string | number;
  to_id?: string | number;
}

/** Sends consultation messages: POST /v3.0/oa/message/cs with the `access_token` header. */
export function createZaloClient(config: { apiBaseUrl: string; timeoutMs: number }, tokens: ZaloTokens) {
  const url = new URL('/v3.0/oa/message/cs', config.apiBaseUrl);

  async function post(accessToken: string, userId: string, text: string): Promise<{ status: number; body: ZaloAnswer }> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: accessToken },
      body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    const body = (await response.json().catch(() => ({}))) as ZaloAnswer;
    return { status: response.status, body };
  }

  function toResult(answer: { status: number; body: ZaloAnswer }): SendResult {
    if (answer.status !== 200) return resultFromStatus(answer.status, String(answer.body.message ?? ''));
    const code = Number(answer.body.error ?? -1);
    if (code === 0) return { ok: true, providerMessageId: answer.body.data?.message_id ?? null };
    const error = `zalo ${code}: ${String(answer.body.message ?? '').slice(0, 200)}`;
    if (code === ZALO_OUTSIDE_WINDOW) return { ok: false, retry: false, windowClosed: true, error };
    return { ok: false, retry: false, error };
  }

  const conversationUrl = new URL('/v2.0/oa/conversation', config.apiBaseUrl);
  /** Clocks differ: a message stamped a little before the row was written still counts. */
  const SKEW_MS = 60_000;

  return {
    /**
     * Whether the OA already sent this text to the user since `since`: GET /v2.0/oa/conversation
     * (the latest messages between the OA and the user, newest first; ours go `to_id` = the user).
     */
    async confirmSent(userId: string, text: string, since: Date): Promise<Confirmation> {
      try {
        const pair = await tokens.current();
        const target = new URL(conversationUrl);
        target.searchParams.set('data', JSON.stringify({ user_id: userId, offset: 0, count: 10 }));
        const response = await fetch(target, { headers: { access_token: pair.accessToken }, signal: AbortSignal.timeout(config.timeoutMs) });
        const body = (await response.json().catch(() => ({}))) as { error?: number; message?: string; data?: ZaloConversationMessage[] };
        if (response.status !== 200 || Number(body.error ?? -1) !== 0 || !Array.isArray(body.data)) {
          return { unknown: `zalo conversation ${response.status}/${String(body.error)}: ${String(body.message ?? '').slice(0, 100)}` };
        }
        const match = body.data.find(
          (m) => String(m.to_id) === userId && m.type === 'text' && m.message === text && Number(m.time) >= since.getTime() - SKEW_MS,
        );
        return match ? { sent: true, providerMessageId: match.message_id ?? null } : { sent: false };
      } catch (error) {
        return { unknown: error instanceof Error ? error.message.slice(0, 200) : 'zalo conversation failed' };
      }
    },

    async sendText(userId: string, text: string): Promise<SendResult> {
      try {
        const pair = await tokens.current();
        let answer = await post(pair.accessToken, userId, text);
        if (answer.status === 200 && Number(answer.body.error) === ZALO_TOKEN_INVALID) {
          // Refresh once, retry once.
          const fresh = await tokens.refresh(pair.version);
          answer = await post(fresh.accessToken, userId, text);
        }
        return toResult(answer);
      } catch (error) {
        if (error instanceof ZaloAuthError) return { ok: false, retry: false, error: `zalo auth ${error.code}: ${error.message}` };
        return transientFromError(error);
      }
    },
  };
}
