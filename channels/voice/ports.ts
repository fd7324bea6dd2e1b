import type { ChannelAssistant } from '../types.ts';
import type { CallState } from './flow/call-state.ts';

/**
 * What the voice channel needs from the rest of the app. platform/voice-store keeps the calls,
 * the call centre takes callbacks and knows the queue, the SMS outbox sends checklists; wire.ts
 * passes them in. The channel never imports them.
 */

export type VoiceProvider = 'twilio' | 'stringee';

export type CallStatus = 'active' | 'queued' | 'bridged' | 'closed';

export interface VoiceCall {
  id: string;
  provider: VoiceProvider;
  providerCallId: string;
  /** E.164, or null when the number is withheld. */
  caller: string | null;
  conversationId: string | null;
  state: CallState;
  status: CallStatus;
  /** Grows with every save: a save only replaces the version it read. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface CallStore {
  /** The call with this provider id, created with `state` on its first webhook (a retried first webhook finds it). */
  open(input: { provider: VoiceProvider; providerCallId: string; caller: string | null; state: CallState }): Promise<{ call: VoiceCall; created: boolean }>;
  get(provider: VoiceProvider, providerCallId: string): Promise<VoiceCall | null>;
  /** Saves when the stored version is still `version`; false when another request saved first. */
  save(call: Pick<VoiceCall, 'id' | 'version' | 'state' | 'status' | 'conversationId'>): Promise<boolean>;
  /** The caller hung up or the call ended: the record is closed (idempotent). */
  close(provider: VoiceProvider, providerCallId: string): Promise<VoiceCall | null>;
  /** The caller's latest other call since `since`, for "continue where you left off". */
  lastByCaller(caller: string, since: Date, exceptId: string): Promise<VoiceCall | null>;
  /** The queued call an agent should take first (the call centre's priority, then waiting time). */
  nextWaiting(): Promise<VoiceCall | null>;
  /** The queued call this agent (a staff id) took in the console, not yet bridged; null when none. */
  assignedTo(agentId: string): Promise<VoiceCall | null>;
}

/** The contact centre as the phone line sees it. */
export interface VoiceQueue {
  isOpen(now: Date): boolean;
  nextOpening(now: Date): Date;
  /** 1-based place of the conversation's handoff among waiting items, or null when not waiting. */
  position(conversationId: string): Promise<number | null>;
}

export interface CallbackRequest {
  provider: VoiceProvider;
  providerCallId: string;
  phone: string | null;
  conversationId: string | null;
  handoffId: string | null;
  recordingUrl: string | null;
  /** What the caller asked, for the agent who calls back. */
  summary: string;
  reason: 'after_hours' | 'abandoned';
  dueAt: Date;
}

export interface CallbackSink {
  /** Stores the request once per call; returns its id. */
  request(callback: CallbackRequest): Promise<string>;
}

/** Sends a text by SMS through the channels' outbox (once per key). */
export interface VoiceSms {
  send(input: { phone: string; conversationId: string | null; text: string; ascii: string; key: string }): Promise<void>;
}

export type VoiceAssistant = Pick<ChannelAssistant, 'handleTurn'> & { conversations: Pick<ChannelAssistant['conversations'], 'start'> };
