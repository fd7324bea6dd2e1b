import type { MessagingChannel, OutboundMessage, Provider } from './ports.ts';

/** What happened to one part sent to a provider. */
export type SendResult =
  | { ok: true; providerMessageId: string | null }
  /** `retry`: a transient failure (network, 5xx, rate limit) worth another try later. */
  | { ok: false; retry: boolean; error: string; windowClosed?: boolean };

/** One provider's way out to a citizen: how it renders, and how it sends one part. */
export interface ProviderSender {
  readonly provider: Provider;
  readonly channel: MessagingChannel;
  render(message: OutboundMessage): string[];
  /** `key` is unique per part and stable across retries (providers that deduplicate use it). */
  sendPart(address: string, text: string, key: string): Promise<SendResult>;
  /** Zalo: true when the citizen's last message is too old for a consultation message. */
  windowClosed?(lastInboundAt: Date | null, now: Date): boolean;
  /**
   * Asks the provider whether this part already reached it since `since` (a sender died, or a
   * request timed out, after the provider may have accepted it). Providers without it, or that
   * deduplicate on `key` themselves (eSMS RequestId), leave it out.
   */
  confirm?(address: string, text: string, since: Date): Promise<Confirmation>;
}

/** What the provider says about a part we may have sent: sent (with its id), not sent, or it could not tell. */
export type Confirmation = { sent: true; providerMessageId: string | null } | { sent: false } | { unknown: string };

/** The start of `lastError` after a try whose outcome is unknown (the request may have reached the provider). */
export const UNCERTAIN_ERROR = 'network: ';

/** Turns a thrown network error into a transient failure; HTTP status decides the rest. */
export function transientFromError(error: unknown): SendResult {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, retry: true, error: `${UNCERTAIN_ERROR}${message}`.slice(0, 300) };
}

export function resultFromStatus(status: number, detail: string): SendResult {
  const retry = status === 408 || status === 429 || status >= 500;
  return { ok: false, retry, error: `http ${status}: ${detail}`.slice(0, 300) };
}
