import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { appointmentBranches, appointmentCounterServices, appointmentCounters, appointmentServices } from './tables.ts';

/** An example centre (addresses are illustrative): branches in Hà Nội districts, counters and services. */
export const EXAMPLE_SERVICES = [
  { key: 'cu-tru', name: 'Cư trú (thường trú, tạm trú)', field: 'Đăng ký, quản lý cư trú', procedureCodes: ['1.004222', '1.004194', '1.002755', '1.010038'], slotMinutes: 15 },
  { key: 'ho-tich', name: 'Hộ tịch (khai sinh, kết hôn, tình trạng hôn nhân)', field: 'Hộ tịch', procedureCodes: ['1.001193', '1.000894', '1.004873', '2.000635'], slotMinutes: 15 },
  { key: 'chung-thuc', name: 'Chứng thực bản sao, chữ ký', field: 'Chứng thực', procedureCodes: ['2.000815', '2.000884'], slotMinutes: 15 },
  { key: 'ho-kinh-doanh', name: 'Đăng ký hộ kinh doanh', field: 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', procedureCodes: ['1.001612', '2.000720', '1.001266'], slotMinutes: 30 },
  { key: 'ly-lich', name: 'Phiếu lý lịch tư pháp', field: 'Lý lịch tư pháp', procedureCodes: ['3.000333'], slotMinutes: 15 },
] as const;

type ServiceKey = (typeof EXAMPLE_SERVICES)[number]['key'];

export const EXAMPLE_BRANCHES: readonly {
  name: string;
  kind: 'branch' | 'reception_point';
  address: string;
  district: string;
  lat: number;
  lng: number;
  counters: { name: string; capacity: number; services: ServiceKey[] }[];
}[] = [
  {
    name: 'Chi nhánh số 1 – Cầu Giấy',
    kind: 'branch',
    address: 'Số 1 Trần Đăng Ninh, phường Cầu Giấy, Hà Nội',
    district: 'Cầu Giấy',
    lat: 21.0355,
    lng: 105.7945,
    counters: [
      { name: 'Quầy 1', capacity: 4, services: ['cu-tru'] },
      { name: 'Quầy 2', capacity: 2, services: ['ho-tich', 'chung-thuc'] },
      { name: 'Quầy 3', capacity: 1, services: ['ho-kinh-doanh', 'ly-lich'] },
    ],
  },
  {
    name: 'Chi nhánh số 2 – Hoàn Kiếm',
    kind: 'branch',
    address: 'Số 126 Hàng Trống, phường Hoàn Kiếm, Hà Nội',
    district: 'Hoàn Kiếm',
    lat: 21.0275,
    lng: 105.8495,
    counters: [
      { name: 'Quầy 1', capacity: 4, services: ['cu-tru', 'ho-tich'] },
      { name: 'Quầy 2', capacity: 2, services: ['chung-thuc', 'ly-lich'] },
    ],
  },
  {
    name: 'Chi nhánh số 3 – Hà Đông',
    kind: 'branch',
    address: 'Số 4 Hoàng Văn Thụ, phường Hà Đông, Hà Nội',
    district: 'Hà Đông',
    lat: 20.9705,
    lng: 105.7775,
    counters: [
      { name: 'Quầy 1', capacity: 4, services: ['cu-tru'] },
      { name: 'Quầy 2', capacity: 2, services: ['ho-tich', 'chung-thuc', 'ho-kinh-doanh'] },
    ],
  },
  {
    name: 'Điểm tiếp nhận Long Biên',
    kind: 'reception_point',
    address: 'Số 1 Vạn Hạnh, phường Việt Hưng, Hà Nội',
    district: 'Long Biên',
    lat: 21.0555,
    lng: 105.8975,
    counters: [{ name: 'Quầy 1', capacity: 2, services: ['cu-tru', 'ho-tich', 'chung-thuc'] }],
  },
];

/**
 * Loads the example centre once; does nothing when branches already exist. Processes that start
 * together (the web app and the worker, or several on one database) each found no branch and each
 * loaded the centre: the lock makes the later one wait and find the first one's rows.
 */
export async function seedExampleCentre(db: Db): Promise<{ branches: number; counters: number; services: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('appointment_branches.seed'))`);
    const existing = (await tx.execute(sql`select count(*)::int as n from appointment_branches`)) as unknown as { rows: { n: number }[] };
    if ((existing.rows[0]?.n ?? 0) > 0) return { branches: 0, counters: 0, services: 0 };
    const serviceIds = new Map<ServiceKey, string>();
    for (const s of EXAMPLE_SERVICES) {
      const [row] = await tx.insert(appointmentServices).values({ name: s.name, field: s.field, procedureCodes: [...s.procedureCodes], slotMinutes: s.slotMinutes }).returning({ id: appointmentServices.id });
      serviceIds.set(s.key, row!.id);
    }
    let counterCount = 0;
    for (const b of EXAMPLE_BRANCHES) {
      const [branch] = await tx.insert(appointmentBranches).values({ name: b.name, kind: b.kind, address: b.address, district: b.district, lat: b.lat, lng: b.lng }).returning({ id: appointmentBranches.id });
      for (const c of b.counters) {
        const [counter] = await tx.insert(appointmentCounters).values({ branchId: branch!.id, name: c.name, capacity: c.capacity }).returning({ id: appointmentCounters.id });
        await tx.insert(appointmentCounterServices).values(c.services.map((k) => ({ counterId: counter!.id, serviceId: serviceIds.get(k)! })));
        counterCount++;
      }
    }
    return { branches: EXAMPLE_BRANCHES.length, counters: counterCount, services: EXAMPLE_SERVICES.length };
  });
}
