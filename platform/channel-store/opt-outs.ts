import { and, eq } from 'drizzle-orm';
import type { OptOutStore } from '../../channels/delivery/index.ts';
import type { Db } from '../db/client.ts';
import { channelOptOuts as t } from './tables.ts';

/** TU CHOI / HUY / STOP, kept until the citizen opts in again; every sender asks before sending. */
export function createOptOutStore(db: Db): OptOutStore {
  return {
    async isOptedOut(channel, address) {
      const [row] = await db.select({ a: t.address }).from(t).where(and(eq(t.channel, channel), eq(t.address, address)));
      return row !== undefined;
    },
    async optOut(channel, address, keyword) {
      await db.insert(t).values({ channel, address, keyword }).onConflictDoNothing();
    },
    async optIn(channel, address) {
      await db.delete(t).where(and(eq(t.channel, channel), eq(t.address, address)));
    },
  };
}
