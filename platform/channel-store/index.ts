import type { ChannelStores, TokenStore } from '../../channels/delivery/index.ts';
import type { Database } from '../db/client.ts';
import { createContactStore } from './contacts.ts';
import { createInboundEventStore } from './inbound-events.ts';
import { createKeyedLock } from './keyed-lock.ts';
import { createOptOutStore } from './opt-outs.ts';
import { createOutboxStore } from './outbox.ts';
import { createSecretBox } from './secret-box.ts';
import { createTokenStore } from './token-store.ts';

export { createSecretBox } from './secret-box.ts';

/** The channels' stores on the app's database (PGlite or PostgreSQL). */
export function createChannelStores(database: Database): ChannelStores {
  return {
    events: createInboundEventStore(database.db),
    contacts: createContactStore(database.db),
    outbox: createOutboxStore(database.db),
    optOuts: createOptOutStore(database.db),
    locks: createKeyedLock(database),
  };
}

export function createChannelTokenStore(database: Database, encryptionKey: string): TokenStore {
  return createTokenStore(database, createSecretBox(encryptionKey));
}
