import type { Reply, Turn } from '../assistant/index.ts';

/**
 * The contract every channel shares. A channel knows this file and the assistant's public API,
 * never knowledge/, callcenter/, the database or another channel; its dependencies are injected.
 */

export type ChannelName = Turn['channel'];

/** One stored message as the assistant's conversation history returns it. */
export interface HistoryMessage {
  id: number;
  role: 'citizen' | 'assistant' | 'agent' | 'system';
  text: string;
  reply: Reply | null;
  /** The id a retrying channel sent with the citizen's message, when the store keeps it. */
  clientMessageId?: string | null;
  createdAt: string;
}

/** The subset of the assistant's public API that channels use. */
export interface ChannelAssistant {
  handleTurn(turn: Turn): Promise<Reply>;
  conversations: {
    start(channel: ChannelName, externalId?: string): Promise<string>;
    findByExternalId(channel: ChannelName, externalId: string): Promise<string | null>;
    /** Oldest first, at most `limit` messages after `afterMessageId`. */
    history(conversationId: string, afterMessageId?: number, limit?: number): Promise<HistoryMessage[]>;
  };
}

/**
 * The pipeline a transport implements: verify → parse → (assistant) → render → send.
 * `Inbound` is the transport's raw request, `Outbound` what it delivers to the citizen.
 */
export interface ChannelAdapter<Inbound, Outbound> {
  readonly channel: ChannelName;
  /** Checks the request really comes from the transport (signature, token). */
  verify(inbound: Inbound): Promise<boolean> | boolean;
  /** Normalises the transport's payload into the assistant's turn, minus the conversation id. */
  parse(inbound: Inbound): Omit<Turn, 'conversationId' | 'channel'>;
  /** Turns the structured reply into what the transport can show. */
  render(reply: Reply): Outbound;
  /** Delivers a message to the citizen outside a request/response cycle (e.g. an agent's answer). */
  send(conversationId: string, outbound: Outbound): Promise<void>;
}
