import type { Response, Router } from 'express';
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../../platform/http/errors.ts';
import { body, BranchBody, CounterBody, IdParam, ServiceBody } from '../schemas.ts';
import type { AppointmentDeps } from '../settings.ts';
import { appointmentBranches as branches, appointmentCounterServices as counterServices, appointmentCounters as counters, appointmentServices as services } from '../tables.ts';

const idOf = (raw: unknown): string => {
  const id = IdParam.safeParse(raw);
  if (!id.success) throw new AppError('not_found', 'Không tìm thấy mục này.');
  return id.data;
};

/** Branches, services and counters: every staff member reads them, supervisors and admins change them. */
export function mountPlaceRoutes(api: Router, deps: Pick<AppointmentDeps, 'db'>, manager: (res: Response) => unknown, reader: (res: Response) => unknown): void {
  const { db } = deps;

  api.get('/places', async (_req, res) => {
    reader(res);
    const [b, s, c, cs] = await Promise.all([
      db.select().from(branches).orderBy(asc(branches.name)),
      db.select().from(services).orderBy(asc(services.name)),
      db.select().from(counters).orderBy(asc(counters.name)),
      db.select().from(counterServices),
    ]);
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      branches: b,
      services: s,
      counters: c.map((counter) => ({ ...counter, serviceIds: cs.filter((x) => x.counterId === counter.id).map((x) => x.serviceId) })),
    });
  });

  api.post('/branches', async (req, res) => {
    manager(res);
    const [row] = await db.insert(branches).values(body(req, BranchBody)).returning();
    res.status(201).json({ branch: row });
  });
  api.put('/branches/:id', async (req, res) => {
    manager(res);
    const [row] = await db.update(branches).set(body(req, BranchBody)).where(eq(branches.id, idOf(req.params.id))).returning();
    if (!row) throw new AppError('not_found', 'Không tìm thấy điểm tiếp nhận.');
    res.json({ branch: row });
  });

  api.post('/services', async (req, res) => {
    manager(res);
    const [row] = await db.insert(services).values(body(req, ServiceBody)).returning();
    res.status(201).json({ service: row });
  });
  api.put('/services/:id', async (req, res) => {
    manager(res);
    const [row] = await db.update(services).set(body(req, ServiceBody)).where(eq(services.id, idOf(req.params.id))).returning();
    if (!row) throw new AppError('not_found', 'Không tìm thấy dịch vụ.');
    res.json({ service: row });
  });

  const saveCounter = async (id: string | null, input: ReturnType<typeof CounterBody.parse>) =>
    db.transaction(async (tx) => {
      const { serviceIds, ...fields } = input;
      const [branch] = await tx.select({ id: branches.id }).from(branches).where(eq(branches.id, fields.branchId));
      if (!branch) throw new AppError('validation_failed', 'Điểm tiếp nhận không tồn tại.');
      const known = serviceIds.length ? await tx.select({ id: services.id }).from(services) : [];
      if (serviceIds.some((s) => !known.some((k) => k.id === s))) throw new AppError('validation_failed', 'Có dịch vụ không tồn tại.');
      const [row] = id
        ? await tx.update(counters).set(fields).where(eq(counters.id, id)).returning()
        : await tx.insert(counters).values(fields).returning();
      if (!row) throw new AppError('not_found', 'Không tìm thấy quầy.');
      await tx.delete(counterServices).where(eq(counterServices.counterId, row.id));
      if (serviceIds.length) await tx.insert(counterServices).values([...new Set(serviceIds)].map((serviceId) => ({ counterId: row.id, serviceId })));
      return { ...row, serviceIds };
    });

  api.post('/counters', async (req, res) => {
    manager(res);
    res.status(201).json({ counter: await saveCounter(null, body(req, CounterBody)) });
  });
  api.put('/counters/:id', async (req, res) => {
    manager(res);
    res.json({ counter: await saveCounter(idOf(req.params.id), body(req, CounterBody)) });
  });
}
