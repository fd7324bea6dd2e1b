import type { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../../../platform/http/errors.ts';
import type { DossiersDeps } from '../deps.ts';
import { describeDossier } from '../describe-dossier.ts';
import type { DossierLookup } from '../lookup-dossier.ts';

const LookupBody = z.object({ code: z.string().min(1).max(60), phoneLast4: z.string().regex(/^\d{4}$/) });
const NOT_FOUND = 'Không tìm thấy hồ sơ khớp với mã và số điện thoại này.';

/** POST /dossiers/api/v1/lookup: the public lookup, rate-limited; an unknown code and a wrong suffix answer the same 404. */
export function mountPublicDossierRoutes(router: Router, deps: DossiersDeps, lookup: DossierLookup): void {
  router.post('/api/v1/lookup', async (req, res) => {
    const parsed = LookupBody.safeParse(req.body);
    if (!parsed.success) throw new AppError('validation_failed', 'Bạn nhập mã hồ sơ và đúng 4 số cuối của số điện thoại.');
    const d = await lookup(`ip:${req.ip ?? 'unknown'}`, parsed.data.code, parsed.data.phoneLast4);
    res.setHeader('Cache-Control', 'no-store');
    if (!d) throw new AppError('not_found', NOT_FOUND);
    const { code, procedureName, status, receivedOn, dueOn, newDueOn, note } = d;
    res.json({ dossier: { code, procedureName, status, receivedOn, dueOn, newDueOn, note }, answer: describeDossier(d, deps.calendar, deps.now()) });
  });
}
