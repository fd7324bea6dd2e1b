import type { Request, Router } from 'express';
import { z } from 'zod';
import { AppError } from '../../../platform/http/errors.ts';
import { CANNED_VARIABLES } from '../../canned-replies/canned-variables.ts';
import { createCannedReply, deleteCannedReply, listCannedReplies, managedTeams, updateCannedReply } from '../../canned-replies/manage-canned-replies.ts';
import { requireRole } from '../../staff/roles.ts';
import { userOf } from '../auth.ts';
import type { ConsoleContext } from '../context.ts';
import { body, CannedReplyBody } from '../schemas.ts';

function cannedId(req: Request): string {
  const result = z.uuid().safeParse(req.params.id);
  if (!result.success) throw new AppError('not_found', 'Không tìm thấy mẫu trả lời.');
  return result.data;
}

/**
 * Canned replies: every signed-in agent reads their teams' (GET /canned-replies); supervisors
 * and admins keep those of the teams they manage (POST, PUT, DELETE /canned-replies[/:id]).
 */
export function mountCannedRoutes(router: Router, ctx: ConsoleContext): void {
  router.get('/canned-replies', async (_req, res) => {
    const user = userOf(res);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ replies: await listCannedReplies(ctx.db, user), teams: await managedTeams(ctx.db, user), variables: CANNED_VARIABLES });
  });

  router.post('/canned-replies', async (req, res) => {
    const user = userOf(res);
    requireRole(user, 'supervisor');
    const input = body(req, CannedReplyBody);
    res.status(201).json(await createCannedReply(ctx.db, user, input));
  });

  router.put('/canned-replies/:id', async (req, res) => {
    const user = userOf(res);
    requireRole(user, 'supervisor');
    const id = cannedId(req);
    const input = body(req, CannedReplyBody);
    await updateCannedReply(ctx.db, user, id, input);
    res.json({ id });
  });

  router.delete('/canned-replies/:id', async (req, res) => {
    const user = userOf(res);
    requireRole(user, 'supervisor');
    await deleteCannedReply(ctx.db, user, cannedId(req));
    res.status(204).end();
  });
}
