import { Router } from 'express';
import type { AuditLog } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/client.ts';
import type { EventBus } from '../../platform/events/bus.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { ProcedureKnowledge } from '../assist/procedure-knowledge.ts';
import type { CitizenMessenger } from '../queue/index.ts';
import { createSessionStore } from '../staff/session-store.ts';
import { createStaffDirectory } from '../staff/staff-directory.ts';
import { requireRole } from '../staff/roles.ts';
import type { ContactCentreQueue } from '../index.ts';
import { buildConsoleAssets, CONSOLE_PAGE, type ConsoleAsset } from './assets.ts';
import { authenticate, mountAuthRoutes, userOf } from './auth.ts';
import type { HistoryRow } from './context.ts';
import { createConsoleEvents } from './events-stream.ts';
import { buildConsoleOpenApi } from './openapi.ts';
import { mountActionRoutes } from './routes/action-routes.ts';
import { mountAssistRoutes } from './routes/assist-routes.ts';
import { mountCannedRoutes } from './routes/canned-routes.ts';
import { mountConversationRoutes } from './routes/conversation-routes.ts';
import { mountTypingRoutes } from './routes/typing-routes.ts';
import { mountExportRoutes } from './routes/export-routes.ts';
import { mountHoursRoutes } from './routes/hours-routes.ts';
import { mountSupervisorRoutes } from './routes/supervisor-routes.ts';
import { mountWorkRoutes } from './routes/work-routes.ts';

/** For other domains' staff routes: the signed-in user and the role check. */
export { userOf as staffUserOf } from './auth.ts';
export { requireRole as requireStaffRole, type StaffUser } from '../staff/roles.ts';

export interface ConsoleDeps {
  db: Db;
  bus: EventBus;
  queue: ContactCentreQueue;
  messenger: CitizenMessenger;
  history(conversationId: string): Promise<HistoryRow[]>;
  audit: AuditLog;
  logger: Logger;
  heartbeatMs?: number;
  /** Agent assist: the procedure knowledge, through callcenter's port. */
  knowledge?: ProcedureKnowledge;
  /** The default opening hours (CONSOLE_HOURS), shown beside each branch's own. */
  defaultHours?: string;
  /** Other modules' signed-in routes (complaints), mounted on the API after authentication. */
  extensions?: ((api: Router) => void)[];
  /** Other domains' staff routes (forms, dossiers), mounted inside the signed-in API. */
  staffRoutes?: ((api: Router) => void)[];
}

export interface Console {
  /** Mount at `/console`: the web app at `/console/`, its API at `/console/api/v1`. */
  router: Router;
  ready(): Promise<void>;
  close(): void;
}

export { userOf } from './auth.ts';

/** The agents' and supervisors' console: staff sessions, the API, the live event stream, the web app. */
export function createConsole(deps: ConsoleDeps): Console {
  const directory = createStaffDirectory(deps.db);
  const sessions = createSessionStore(deps.db);
  const ctx = { db: deps.db, bus: deps.bus, queue: deps.queue.deps, routing: deps.queue.routing, messenger: deps.messenger, history: deps.history, audit: deps.audit, directory, logger: deps.logger, knowledge: deps.knowledge, hours: deps.queue.hours, defaultHours: deps.defaultHours ?? '07:30-17:00' };
  const events = createConsoleEvents(ctx, deps.heartbeatMs ?? 20_000);
  events.start();
  const openApi = buildConsoleOpenApi();

  const api = Router();
  const requireUser = authenticate({ db: deps.db, sessions, directory });
  api.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  mountAuthRoutes(api, { db: deps.db, sessions, directory }, requireUser);
  api.use(requireUser);
  events.mount(api);
  mountWorkRoutes(api, ctx);
  mountConversationRoutes(api, ctx);
  mountActionRoutes(api, ctx);
  mountSupervisorRoutes(api, ctx);
  mountCannedRoutes(api, ctx);
  mountAssistRoutes(api, ctx);
  mountTypingRoutes(api, ctx);
  mountHoursRoutes(api, ctx);
  mountExportRoutes(api, ctx);
  for (const extend of deps.extensions ?? []) extend(api);
  for (const mount of deps.staffRoutes ?? []) mount(api);

  let built: Promise<Map<string, ConsoleAsset>> | null = null;
  const assets = () => {
    built ??= buildConsoleAssets().catch((error: unknown) => {
      built = null;
      throw error;
    });
    return built;
  };

  const router = Router();
  router.use('/api/v1', api);
  router.get('/', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(CONSOLE_PAGE);
  });
  router.get('/assets/:name', async (req, res) => {
    const asset = (await assets()).get(req.params.name);
    if (!asset) throw new AppError('not_found', 'Không có tệp này.');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', asset.etag);
    if (req.get('if-none-match') === asset.etag) {
      res.status(304).end();
      return;
    }
    res.type(asset.contentType).send(asset.body);
  });

  return {
    router,
    async ready() {
      await assets();
    },
    close: () => events.close(),
  };
}

/** Console sessions for other domains' staff routes mounted under /console (the cookie's path): sign-in, CSRF, roles. */
export function createStaffGuard(db: Db) {
  return { authenticate: authenticate({ db, sessions: createSessionStore(db), directory: createStaffDirectory(db) }), userOf, requireRole };
}
