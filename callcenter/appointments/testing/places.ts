import type { Db } from '../../../platform/db/client.ts';
import { appointmentBranches, appointmentCounterServices, appointmentCounters, appointmentServices } from '../tables.ts';

/** One branch with one counter of `capacity` seats serving one service (procedure 1.004222, sample corpus). */
export async function seedOneCounter(db: Db, options: { capacity: number; slotMinutes?: number; district?: string }) {
  const [branch] = await db
    .insert(appointmentBranches)
    .values({ name: 'Chi nhánh thử', address: 'Số 1 Phố Thử, Hà Nội', district: options.district ?? 'Cầu Giấy', lat: 21.03, lng: 105.79 })
    .returning();
  const [service] = await db
    .insert(appointmentServices)
    .values({ name: 'Cư trú', procedureCodes: ['1.004222', '1.004194'], field: 'Đăng ký, quản lý cư trú', slotMinutes: options.slotMinutes ?? 15 })
    .returning();
  const [counter] = await db.insert(appointmentCounters).values({ branchId: branch!.id, name: 'Quầy 1', capacity: options.capacity }).returning();
  await db.insert(appointmentCounterServices).values({ counterId: counter!.id, serviceId: service!.id });
  return { branchId: branch!.id, serviceId: service!.id, counterId: counter!.id };
}

/** A valid Vietnamese mobile number, different for each i. */
export const phoneNumber = (i: number): string => `091${String(2_000_000 + i).padStart(7, '0')}`;
