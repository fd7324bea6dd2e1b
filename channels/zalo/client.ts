import type { SendResult } from '../delivery/index.ts';
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

  return {
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
