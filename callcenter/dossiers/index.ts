/** Public face of dossier status: the chat task, the public lookup, the console's API, the watchers' notices. */
import { Router } from 'express';
import type { CitizenTask } from '../../assistant/index.ts';
import type { DossiersDeps } from './deps.ts';
import { createDossierTask } from './dossier-task.ts';
import { createDossierLookup } from './lookup-dossier.ts';
import { buildDossiersOpenApi } from './openapi.ts';
import { mountPublicDossierRoutes } from './routes/public-dossier-routes.ts';
import { mountStaffDossierRoutes } from './routes/staff-dossier-routes.ts';
import { notifyWatchers } from './watch-dossier.ts';

export type { DossiersDeps, DossierMessenger } from './deps.ts';
export type { DossierRecord, DossierStatusSource } from './dossier-status-source.ts';
export { createTableDossierSource } from './table-source.ts';
export { createHttpDossierSource, HttpMappingSchema, type HttpMapping } from './http-source.ts';
export { describeDossier } from './describe-dossier.ts';
export { parseDossierCsv } from './parse-dossier-csv.ts';
export { upsertDossiers } from './update-dossier.ts';

export interface Dossiers {
  task: CitizenTask;
  /** Mount at `/dossiers`. */
  router: Router;
  mountStaffRoutes(api: Router): void;
  /** The job's handler: tells watchers what changed (one dossier, or all). */
  notify(code?: string): Promise<{ sent: number }>;
}

export function createDossiers(deps: DossiersDeps): Dossiers {
  const lookup = createDossierLookup(deps);
  const router = Router();
  const openApi = buildDossiersOpenApi();
  router.get('/openapi.json', (_req, res) => void res.json(openApi));
  mountPublicDossierRoutes(router, deps, lookup);
  return { task: createDossierTask(deps, lookup), router, mountStaffRoutes: (api) => mountStaffDossierRoutes(api, deps), notify: (code) => notifyWatchers(deps, code) };
}
