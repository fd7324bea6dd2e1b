import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Conversation ids are UUIDs in the database. Channels get them from `conversations.start()`;
 * any other id (a CLI session name, an eval case id) maps to a stable UUID derived from it, so
 * the same name always reaches the same conversation.
 */
export function toConversationUuid(id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  const hex = createHash('sha256').update(`conversation:${id}`).digest('hex');
  // Shaped as a version-5-style UUID so every PostgreSQL uuid parser accepts it.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
