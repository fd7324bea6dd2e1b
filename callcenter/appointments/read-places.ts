import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import { appointmentBranches as branches, appointmentCounterServices as counterServices, appointmentCounters as counters, appointmentSeatHolds as holds, appointmentServices as services } from './tables.ts';

export type Branch = typeof branches.$inferSelect;
export type Service = typeof services.$inferSelect;
export type Counter = typeof counters.$inferSelect;

export async function activeBranch(db: Db, id: string): Promise<Branch> {
  const [row] = await db.select().from(branches).where(and(eq(branches.id, id), eq(branches.active, true)));
  if (!row) throw new AppError('not_found', 'Không tìm thấy điểm tiếp nhận này.');
  return row;
}

export async function activeService(db: Db, id: string): Promise<Service> {
  const [row] = await db.select().from(services).where(and(eq(services.id, id), eq(services.active, true)));
  if (!row) throw new AppError('not_found', 'Không tìm thấy dịch vụ này.');
  return row;
}

/** Active counters of a branch that serve a service, in a stable order. */
export async function countersFor(db: Db, branchId: string, serviceId: string): Promise<Counter[]> {
  const rows = await db
    .select({ counter: counters })
    .from(counters)
    .innerJoin(counterServices, eq(counterServices.counterId, counters.id))
    .where(and(eq(counters.branchId, branchId), eq(counters.active, true), eq(counterServices.serviceId, serviceId)))
    .orderBy(asc(counters.name), asc(counters.id));
  return rows.map((r) => r.counter);
}

/** Taken seats of these counters between two instants, as "counterId|iso|seat" keys. */
export async function takenSeats(db: Db, counterIds: readonly string[], from: Date, to: Date): Promise<Set<string>> {
  if (counterIds.length === 0) return new Set();
  const rows = await db
    .select({ counterId: holds.counterId, startsAt: holds.startsAt, seat: holds.seat })
    .from(holds)
    .where(and(inArray(holds.counterId, [...counterIds]), gte(holds.startsAt, from), lt(holds.startsAt, to)));
  return new Set(rows.map((r) => holdKey(r.counterId, r.startsAt, r.seat)));
}

export const holdKey = (counterId: string, at: Date, seat: number): string => `${counterId}|${at.toISOString()}|${seat}`;

/** Active branches offering a service (at least one active counter serves it). */
export async function branchesFor(db: Db, serviceId: string): Promise<Branch[]> {
  const rows = await db
    .selectDistinct({ branch: branches })
    .from(branches)
    .innerJoin(counters, eq(counters.branchId, branches.id))
    .innerJoin(counterServices, eq(counterServices.counterId, counters.id))
    .where(and(eq(branches.active, true), eq(counters.active, true), eq(counterServices.serviceId, serviceId)));
  return rows.map((r) => r.branch).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export async function activeServices(db: Db): Promise<Service[]> {
  return db.select().from(services).where(eq(services.active, true)).orderBy(asc(services.name));
}
