import type { Choice } from '../../assistant/index.ts';

/**
 * What the channels that answer in the background (Zalo, SMS) need from storage. They are ports:
 * platform/channel-store implements them on PostgreSQL or PGlite, and wire.ts passes them in.
 */

export type Provider = 'zalo' | 'esms' | 'twilio' | 'agents';
export type MessagingChannel = 'zalo' | 'sms' | 'agents';

/**
 * What a provider's webhook said, once normalised: a text to answer, a follow or unfollow, a
 * message we cannot read (image, sticker…), a phone number shared with consent, or an opt-out/in.
 */
export type InboundKind = 'text' | 'follow' | 'unfollow' | 'unsupported' | 'phone_shared' | 'opt_out' | 'opt_in';

export interface InboundEventInput {
  provider: Provider;
  providerMessageId: string;
  channel: MessagingChannel;
  /** Zalo user id, or the phone number in E.164. */
  address: string;
  kind: InboundKind;
  /** The citizen's text, already through sanitiseCitizenText. */
  text: string;
  extra?: Record<string, string>;
}

export interface InboundEvent extends InboundEventInput {
  id: number;
  extra: Record<string, string>;
  receivedAt: Date;
  processedAt: Date | null;
}

export interface InboundEventStore {
  /** Stores the event once per (provider, providerMessageId); a replay returns the first row's id. */
  record(event: InboundEventInput): Promise<{ id: number; created: boolean; processed: boolean }>;
  get(id: number): Promise<InboundEvent | null>;
  markProcessed(id: number, conversationId: string | null): Promise<void>;
  /** Events from this citizen since a time, up to and including event `untilId` (the per-citizen limit; deterministic on a rerun). */
  countSince(channel: MessagingChannel, address: string, since: Date, untilId: number): Promise<number>;
  /** This citizen's events not yet processed, up to and including `untilId`, oldest first. */
  pendingUpTo(channel: MessagingChannel, address: string, untilId: number): Promise<number[]>;
}

export interface Contact {
  channel: MessagingChannel;
  address: string;
  provider: Provider;
  conversationId: string;
  lastInboundAt: Date;
  followed: boolean;
  fallbackPhone: string | null;
  smsConsentAt: Date | null;
}

export interface Route {
  conversationId: string;
  channel: MessagingChannel;
  provider: Provider;
  address: string;
}

export interface ContactStore {
  /**
   * The citizen's conversation on this channel: the current one, or a new one (from `start`) when
   * the last message is older than `quietMs`. Records the inbound time and the route back.
   */
  touch(input: { channel: MessagingChannel; provider: Provider; address: string; at: Date; quietMs: number; start: () => Promise<string> }): Promise<string>;
  get(channel: MessagingChannel, address: string): Promise<Contact | null>;
  route(conversationId: string): Promise<Route | null>;
  setFollowed(channel: MessagingChannel, address: string, followed: boolean): Promise<void>;
  /** A phone number the citizen gave on this channel with consent to be reached by SMS. */
  setFallbackPhone(channel: MessagingChannel, address: string, phone: string, consentAt: Date): Promise<void>;
  /** How to reach the citizen later, outside a request (M365 Agents: the Activity protocol's conversation reference). */
  setReference(conversationId: string, reference: Record<string, unknown>): Promise<void>;
  /** The latest stored reference for this citizen on this channel, or null. */
  referenceOf(channel: MessagingChannel, address: string): Promise<Record<string, unknown> | null>;
}

/** A message to a citizen before a channel renders it. */
export interface OutboundMessage {
  text: string;
  /** The assistant's compact SMS text and its form without diacritics. */
  sms?: { text: string; ascii: string } | undefined;
  choices?: Pick<Choice, 'n' | 'label'>[] | undefined;
  /** Where the full answer can be read (the procedure's page) when an SMS must be cut. */
  link?: string | null | undefined;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'undeliverable';

export interface OutboxRow {
  id: number;
  dedupeKey: string;
  conversationId: string | null;
  channel: MessagingChannel;
  provider: Provider;
  address: string;
  message: OutboundMessage;
  status: OutboxStatus;
  partsSent: number;
  attempts: number;
  lastError: string | null;
  createdAt?: Date | undefined;
  /**
   * Set by `claim` when the last try's outcome is unknown: its sender died mid-send (the lease
   * expired) or its request failed without an answer. Part `partsSent` may have reached the provider.
   */
  uncertain?: boolean | undefined;
}

export interface OutboxStore {
  /** Adds the message once per `dedupeKey`; a second add returns the first row's id. */
  add(row: Pick<OutboxRow, 'dedupeKey' | 'conversationId' | 'channel' | 'provider' | 'address' | 'message'>): Promise<{ id: number; created: boolean }>;
  /** Takes a pending row (or one whose sender died: lease expired) for sending; null if not available. */
  claim(id: number, leaseMs: number): Promise<OutboxRow | null>;
  /** Records one more part sent, so a retry resumes after it. */
  progress(id: number, partsSent: number, providerMessageId: string | null): Promise<void>;
  /** A transient failure: back to pending for the job's next try. */
  release(id: number, error: string): Promise<void>;
  finish(id: number, status: 'sent' | 'failed' | 'undeliverable', error?: string): Promise<void>;
  /** Sent or being sent on this channel to this address since a time (the per-number send limit). */
  countSince(channel: MessagingChannel, address: string, since: Date): Promise<number>;
  forConversation(conversationId: string): Promise<OutboxRow[]>;
  /** Who a row goes to and where it stands (null when there is no such row). */
  recipientOf(id: number): Promise<{ channel: MessagingChannel; address: string; status: OutboxStatus } | null>;
  /** Rows to the same recipient before `id` that no sender has tried yet, oldest first (they go out first). */
  untriedBefore(id: number): Promise<number[]>;
  /** A provider's delivery report for a message id it gave; a failure marks the row failed. Returns the row. */
  reportDelivery(provider: Provider, providerMessageId: string, delivered: boolean | null, report: string): Promise<OutboxRow | null>;
}

export interface OptOutStore {
  isOptedOut(channel: MessagingChannel, address: string): Promise<boolean>;
  optOut(channel: MessagingChannel, address: string, keyword: string): Promise<void>;
  optIn(channel: MessagingChannel, address: string): Promise<void>;
}

/** How the background jobs are queued (platform/jobs implements it). */
export interface Enqueue {
  (name: string, payload: unknown, options: { jobId: string; delayMs?: number }): Promise<unknown>;
}

export const JOB_INBOUND = 'channels.inbound';
export const JOB_SEND = 'channels.send';
/** A delivery report that arrived before its message id was recorded, applied once it is. */
export const JOB_DELIVERY_REPORT = 'channels.delivery-report';

/** Runs work with one holder at a time per key, across processes (one citizen's turns, one address's sends). */
export interface KeyedLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export interface ChannelStores {
  events: InboundEventStore;
  contacts: ContactStore;
  outbox: OutboxStore;
  optOuts: OptOutStore;
  locks: KeyedLock;
}

/** A provider's access/refresh token pair (Zalo OA), as stored. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: Date;
  /** Grows with every rotation: a refresh only replaces the pair it read. */
  version: number;
}

export interface TokenStore {
  read(name: string): Promise<TokenPair | null>;
  /** Stores the first pair (from configuration) unless one is stored already. */
  seed(name: string, pair: Omit<TokenPair, 'version'>): Promise<void>;
  /**
   * Runs `refresh` with the refresh lock held across processes and stores what it returns as the
   * next version, atomically; `refresh` sees the pair as stored at that moment (maybe already rotated).
   */
  rotate(name: string, refresh: (current: TokenPair | null) => Promise<Omit<TokenPair, 'version'> | null>): Promise<TokenPair | null>;
  recordError(name: string, message: string): Promise<void>;
}
