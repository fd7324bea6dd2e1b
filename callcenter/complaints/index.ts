/** Public face of complaints (phản ánh, kiến nghị): intake from every channel, the workflow, deadlines, tracking. */
import type { Response, Router } from 'express';
import { createWorkingCalendar, type CitizenTask, type WorkingCalendar } from '../../assistant/index.ts';
import type { AuditLog } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/client.ts';
import type { EventBus } from '../../platform/events/bus.ts';
import type { CitizenMessenger } from '../queue/index.ts';
import type { StaffUser } from '../staff/roles.ts';
import { checkDeadlines } from './check-deadlines.ts';
import { ensureDefaultAgencies } from './default-agencies.ts';
import type { ComplaintDeps, ProcedureFieldLookup } from './deps.ts';
import { createComplaintIntakeTask } from './intake-task.ts';
import { parseComplaintPolicy, type ComplaintPolicy } from './policy.ts';
import { publicComplaintRoutes } from './routes/public-routes.ts';
import { createSpamGuard } from './routes/spam-guard.ts';
import { mountStaffComplaintRoutes } from './routes/staff-routes.ts';
import { buildComplaintOpenApi } from './openapi.ts';
import { fileComplaint } from './file-complaint.ts';

export { fileComplaint, type FileComplaintInput } from './file-complaint.ts';
export { parseComplaintPolicy, type ComplaintPolicy } from './policy.ts';
export { checkDeadlines } from './check-deadlines.ts';
export type { ComplaintDeps, Ticket } from './deps.ts';

export interface ComplaintSettings {
  db: Db;
  bus: EventBus;
  messenger: CitizenMessenger | null;
  procedureField: ProcedureFieldLookup;
  policyJson?: string | undefined;
  policy?: ComplaintPolicy;
  calendar?: WorkingCalendar;
  now?: () => Date;
  publicUrl?: string | undefined;
  form?: { secret?: string | undefined; minSeconds: number; perIpPerHour: number };
}

/** The complaint module's dependencies from settings (the composition root calls it once per process). */
export function complaintDeps(s: ComplaintSettings): ComplaintDeps & { procedureField: ProcedureFieldLookup } {
  return {
    db: s.db,
    bus: s.bus,
    calendar: s.calendar ?? createWorkingCalendar(),
    policy: s.policy ?? parseComplaintPolicy(s.policyJson),
    now: s.now ?? (() => new Date()),
    messenger: s.messenger,
    publicUrl: (s.publicUrl ?? '').replace(/\/$/, ''),
    procedureField: s.procedureField,
  };
}

export function createComplaintTask(s: ComplaintSettings): CitizenTask {
  const task = createComplaintIntakeTask(complaintDeps(s));
  // Processes without the web app (CLI, evals) still propose agencies: the defaults are inserted once.
  let ready: Promise<void> | null = null;
  return {
    ...task,
    start: async (turn) => {
      ready ??= ensureDefaultAgencies(s.db).catch(() => {
        ready = null;
      });
      await ready;
      return task.start(turn);
    },
  };
}

export interface Complaints {
  deps: ComplaintDeps;
  /** Mount at '/': the form and tracking pages (/phan-anh…) and the public API (/api/v1/complaints…). */
  publicRouter: Router;
  /** Adds the staff routes to the console's signed-in API router. */
  mountStaffApi(api: Router, userOf: (res: Response) => StaffUser, audit: AuditLog): void;
  /** One sweep of reminders, escalations and apologies (the job calls it). */
  checkDeadlines(): ReturnType<typeof checkDeadlines>;
  /** A draft ticket from a "Không hài lòng" survey, for a supervisor to review (conversation attached). */
  fileDraftFromSurvey(conversationId: string, comment: string | null): Promise<string>;
  /** Inserts the default agencies when missing. */
  ready(): Promise<void>;
}

export function createComplaints(s: ComplaintSettings): Complaints {
  const deps = complaintDeps(s);
  const guard = createSpamGuard({ secret: s.form?.secret, minSeconds: s.form?.minSeconds ?? 3, perIpPerHour: s.form?.perIpPerHour ?? 10 });
  const publicRouter = publicComplaintRoutes({ ...deps, guard });
  const openApi = buildComplaintOpenApi();
  publicRouter.get('/api/v1/complaints-openapi.json', (_req, res) => {
    res.json(openApi);
  });
  return {
    deps,
    publicRouter,
    mountStaffApi: (api, userOf, audit) => mountStaffComplaintRoutes(api, { ...deps, audit, userOf }),
    checkDeadlines: () => checkDeadlines(deps),
    fileDraftFromSurvey: async (conversationId, comment) => {
      const content = `Người dân đánh giá "Không hài lòng" sau cuộc trò chuyện.${comment ? ` Ý kiến: ${comment}` : ''}`;
      const { ticket } = await fileComplaint(
        deps,
        { channel: 'csat', type: 'gop_y', content, conversationId, citizen: { name: 'Người đánh giá', address: 'Liên hệ qua cuộc trò chuyện đính kèm' }, consent: true, clientId: `csat-${conversationId}` },
        { id: null, name: 'Khảo sát hài lòng' },
        { draft: true },
      );
      return ticket.id;
    },
    ready: () => ensureDefaultAgencies(s.db),
  };
}
