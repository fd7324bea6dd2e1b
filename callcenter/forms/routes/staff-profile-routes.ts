import type { Router } from 'express';
import { z } from 'zod';
import { requireStaffRole, staffUserOf } from '../../console/index.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { FormsDeps } from '../deps.ts';
import { readProfile } from '../profile-store.ts';

const Identity = z.string().min(3).max(200).regex(/^[a-z]+:[\w:+.@-]+$/);

/** Staff may read a citizen's saved profile (supervisors and admins, to help a caller); every read is audited. */
export function mountStaffProfileRoutes(api: Router, deps: FormsDeps): void {
  api.get('/forms/profiles/:identity', async (req, res) => {
    const user = staffUserOf(res);
    requireStaffRole(user, 'supervisor');
    const identity = Identity.safeParse(req.params.identity);
    if (!identity.success) throw new AppError('validation_failed', 'Mã công dân không hợp lệ.');
    await deps.audit.record({ actorId: user.id, actorEmail: user.email, action: 'profile.read', subject: identity.data, reason: typeof req.query.reason === 'string' ? req.query.reason.slice(0, 200) : null });
    const profile = await readProfile(deps.db, identity.data);
    if (!profile) throw new AppError('not_found', 'Công dân này chưa lưu thông tin.');
    res.setHeader('Cache-Control', 'no-store');
    res.json({ identity: identity.data, profile });
  });
}
