import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { EventBus } from '../../platform/events/bus.ts';
import { staffUsers } from '../tables.ts';
import type { Presence, StaffUser } from './roles.ts';

/** Sẵn sàng / bận / tạm nghỉ / ngoại tuyến; becoming available lets routing offer work at once. */
export async function setPresence(db: Db, bus: EventBus, user: StaffUser, presence: Presence): Promise<void> {
  await db.update(staffUsers).set({ presence, presenceAt: new Date() }).where(eq(staffUsers.id, user.id));
  bus.emit('staff.presence_changed', { userId: user.id, displayName: user.displayName, presence, branch: user.branch, teamIds: user.teamIds });
}
