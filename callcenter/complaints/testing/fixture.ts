import { createEventBus } from '../../../platform/events/bus.ts';
import { createTestDatabase, type TestDatabase } from '../../../platform/testing/test-db.ts';
import { createUser } from '../../staff/create-user.ts';
import { createStaffDirectory } from '../../staff/staff-directory.ts';
import type { StaffUser } from '../../staff/roles.ts';
import { ensureDefaultAgencies } from '../default-agencies.ts';
import type { ComplaintDeps, ProcedureFieldLookup } from '../deps.ts';
import { complaintDeps } from '../index.ts';

/** A migrated database with agencies, staff of two agencies, and a clock the test moves. */
export interface ComplaintFixture {
  database: TestDatabase;
  deps: ComplaintDeps & { procedureField: ProcedureFieldLookup };
  clock: { at: Date };
  sent: { conversationId: string; text: string }[];
  staff: { supervisor: StaffUser; officerA: StaffUser; officerB: StaffUser; agent: StaffUser };
}

export async function createComplaintFixture(start = new Date('2027-02-01T09:00:00+07:00')): Promise<ComplaintFixture> {
  const database = await createTestDatabase();
  await ensureDefaultAgencies(database.db);
  const clock = { at: start };
  const sent: ComplaintFixture['sent'] = [];
  const deps = complaintDeps({
    db: database.db,
    bus: createEventBus(() => undefined),
    messenger: {
      send: async (conversationId, _role, text) => {
        sent.push({ conversationId, text });
        return { id: sent.length, createdAt: clock.at.toISOString() };
      },
    },
    procedureField: async (code) => (code === '1.001193' ? 'Đăng ký, quản lý cư trú' : null),
    now: () => clock.at,
  });
  const directory = createStaffDirectory(database.db);
  const user = async (email: string, role: 'supervisor' | 'agency_officer' | 'agent', agency?: string) => {
    const { id } = await createUser(database.db, { email, name: email.split('@')[0]!, role, password: 'mat-khau-dai-12345', agency: agency ?? null });
    return (await directory.byId(id))!;
  };
  const staff = {
    supervisor: await user('giamsat@motcua.test', 'supervisor'),
    officerA: await user('congan@motcua.test', 'agency_officer', 'cong-an'),
    officerB: await user('tuphap@motcua.test', 'agency_officer', 'so-tu-phap'),
    agent: await user('tongdai@motcua.test', 'agent'),
  };
  return { database, deps, clock, sent, staff };
}
