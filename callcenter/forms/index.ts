/** Public face of the pre-filled forms: the chat task, the citizen's links, the staff route, retention. */
import { Router } from 'express';
import type { CitizenTask } from '../../assistant/index.ts';
import type { FormsDeps } from './deps.ts';
import { loadForms } from './load-forms.ts';
import { createPrefillTask } from './prefill-task.ts';
import { buildFormsOpenApi } from './openapi.ts';
import { mountFormRoutes } from './routes/form-routes.ts';
import { mountStaffProfileRoutes } from './routes/staff-profile-routes.ts';

export type { FormsDeps } from './deps.ts';
export type { FormDefinition } from './form-definition.ts';
export { loadForms, findForm } from './load-forms.ts';
export { renderFormPdf } from './render-form-pdf.ts';
export { completeValues } from './complete-values.ts';
export { eraseExpiredForms } from './erase-expired-forms.ts';
export { identityOf } from './citizen-identity.ts';
export { createFormAttachments, type FormAttachments, type AttachedForm } from './form-attachments.ts';

export interface Forms {
  task: CitizenTask;
  /** Mount at `/forms`: the PDF and profile links citizens open. */
  router: Router;
  /** Mounted by the console inside its signed-in API. */
  mountStaffRoutes(api: Router): void;
}

export function createForms(deps: Omit<FormsDeps, 'forms'> & { forms?: FormsDeps['forms'] }): Forms {
  const full: FormsDeps = { ...deps, forms: deps.forms ?? loadForms() };
  const router = Router();
  const openApi = buildFormsOpenApi();
  router.get('/openapi.json', (_req, res) => void res.json(openApi));
  mountFormRoutes(router, full);
  return { task: createPrefillTask(full), router, mountStaffRoutes: (api) => mountStaffProfileRoutes(api, full) };
}
