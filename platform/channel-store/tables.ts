import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The channels' durable state (Zalo, SMS, M365 Agents): inbound events deduplicated on the
 * provider's message id, who is behind which conversation, the outbox, opt-outs and tokens.
 */
export const channelInboundEvents = pgTable(
  'channel_inbound_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    provider: text('provider').notNull(),
    providerMessageId: text('provider_message_id').notNull(),
    channel: text('channel').notNull(),
    /** Zalo user id, or a phone number in E.164. */
    address: text('address').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull().default(''),
    extra: jsonb('extra').notNull().default({}),
    conversationId: uuid('conversation_id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('channel_inbound_events_provider_idx').on(t.provider, t.providerMessageId),
    index('channel_inbound_events_address_idx').on(t.channel, t.address, t.receivedAt),
  ],
);

/** One citizen on one channel, and the conversation they are in now. */
export const channelContacts = pgTable(
  'channel_contacts',
  {
    channel: text('channel').notNull(),
    address: text('address').notNull(),
    provider: text('provider').notNull(),
    conversationId: uuid('conversation_id').notNull(),
    lastInboundAt: timestamp('last_inbound_at', { withTimezone: true }).notNull().defaultNow(),
    followed: boolean('followed').notNull().default(true),
    /** A phone number (E.164) the citizen gave, with consent to be reached by SMS (Zalo fallback). */
    fallbackPhone: text('fallback_phone'),
    smsConsentAt: timestamp('sms_consent_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'channel_contacts_pk', columns: [t.channel, t.address] })],
);

/** Where each channel conversation's messages go (agents' replies, notifications). */
export const channelRoutes = pgTable('channel_routes', {
  conversationId: uuid('conversation_id').primaryKey(),
  channel: text('channel').notNull(),
  provider: text('provider').notNull(),
  address: text('address').notNull(),
  /** The Activity protocol's conversation reference (M365 Agents). */
  reference: jsonb('reference'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every outbound message, once: the unique key makes a second enqueue of the same message a no-op. */
export const channelOutbox = pgTable(
  'channel_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dedupeKey: text('dedupe_key').notNull(),
    conversationId: uuid('conversation_id'),
    channel: text('channel').notNull(),
    provider: text('provider').notNull(),
    address: text('address').notNull(),
    message: jsonb('message').notNull(),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'failed', 'undeliverable'] }).notNull().default('pending'),
    partsSent: integer('parts_sent').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    providerMessageIds: jsonb('provider_message_ids').notNull().default([]),
    /** The provider's last delivery report (eSMS SendStatus), as it said it. */
    deliveryReport: text('delivery_report'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('channel_outbox_dedupe_idx').on(t.dedupeKey),
    index('channel_outbox_conversation_idx').on(t.conversationId, t.id),
    index('channel_outbox_address_idx').on(t.channel, t.address, t.createdAt),
    index('channel_outbox_provider_ids_idx').using('gin', t.providerMessageIds),
  ],
);

/** Numbers that answered TU CHOI / HUY / STOP: no sender reaches them until they opt in again. */
export const channelOptOuts = pgTable(
  'channel_opt_outs',
  {
    channel: text('channel').notNull(),
    address: text('address').notNull(),
    keyword: text('keyword').notNull(),
    optedOutAt: timestamp('opted_out_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'channel_opt_outs_pk', columns: [t.channel, t.address] })],
);

/** A provider's token pair, encrypted at rest (AES-256-GCM); `version` grows with every rotation. */
export const channelTokens = pgTable('channel_tokens', {
  name: text('name').primaryKey(),
  accessToken: text('access_token').notNull(),
  refreshToken: text('refresh_token').notNull(),
  accessExpiresAt: timestamp('access_expires_at', { withTimezone: true }).notNull(),
  version: integer('version').notNull().default(1),
  lastError: text('last_error'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
