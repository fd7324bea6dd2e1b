import type { Router } from 'express';
import { AppError } from '../../../platform/http/errors.ts';
import { endChat, returnToBot, wrapUp } from '../../queue/finish-item.ts';
import { declineOffer } from '../../queue/release-item.ts';
import { addNote, replyToCitizen } from '../../queue/reply-to-citizen.ts';
import { assignItem, takeItem } from '../../queue/take-item.ts';
import { transferItem } from '../../queue/transfer-item.ts';
import { skipSurvey } from '../../csat/index.ts';
import { requireRole, type StaffUser } from '../../staff/roles.ts';
import { userOf } from '../auth.ts';
import type { ConsoleContext } from '../context.ts';
import { AssignBody, body, EmptyBody, handoffId, NoteBody, ReplyBody, TransferBody, WrapUpBody } from '../schemas.ts';
import { visibleItem } from './conversation-routes.ts';

/** Only the agent who has the conversation, or a supervisor or admin, may act on it. */
function requireOwnerOrSupervisor(user: StaffUser, agentId: string | null): void {
  if (user.role === 'agent' && agentId !== user.id) throw new AppError('forbidden', 'Cuộc trò chuyện này do cán bộ khác phụ trách.');
  if (user.role === 'agency_officer') throw new AppError('forbidden', 'Tài khoản của bạn không có quyền thực hiện thao tác này.');
}

/** The state-changing actions on a conversation: take, decline, reply, note, transfer, end, wrap up, assign. */
export function mountActionRoutes(router: Router, ctx: ConsoleContext): void {
  const withMessenger = { ...ctx.queue, messenger: ctx.messenger };

  router.post('/conversations/:id/take', async (req, res) => {
    const user = userOf(res);
    requireRole(user, 'agent');
    const item = await visibleItem(ctx, user, handoffId(req));
    res.json({ item: await takeItem(ctx.queue, item.id, user.id) });
  });

  router.post('/conversations/:id/decline', async (req, res) => {
    const user = userOf(res);
    const item = await visibleItem(ctx, user, handoffId(req));
    await declineOffer(ctx.queue, item.id, user.id);
    res.status(204).end();
  });

  router.post('/conversations/:id/messages', async (req, res) => {
    const user = userOf(res);
    const id = handoffId(req);
    const { text } = body(req, ReplyBody);
    const item = await visibleItem(ctx, user, id);
    requireOwnerOrSupervisor(user, item.agentId);
    res.status(201).json(await replyToCitizen(withMessenger, item.id, user, text));
  });

  router.post('/conversations/:id/notes', async (req, res) => {
    const user = userOf(res);
    const id = handoffId(req);
    const { text } = body(req, NoteBody);
    const item = await visibleItem(ctx, user, id);
    requireRole(user, 'agent');
    res.status(201).json(await addNote(ctx.queue, item.id, user, text));
  });

  router.post('/conversations/:id/transfer', async (req, res) => {
    const user = userOf(res);
    const id = handoffId(req);
    const b = body(req, TransferBody);
    const item = await visibleItem(ctx, user, id);
    requireOwnerOrSupervisor(user, item.agentId);
    const target = b.agentId ? { agentId: b.agentId } : { teamId: b.teamId! };
    res.json({ item: await transferItem(ctx.queue, item.id, user, target, b.note) });
  });

  router.post('/conversations/:id/end', async (req, res) => {
    const user = userOf(res);
    const item = await visibleItem(ctx, user, handoffId(req));
    requireOwnerOrSupervisor(user, item.agentId);
    res.json({ item: await endChat(withMessenger, item.id) });
  });

  router.post('/conversations/:id/wrap-up', async (req, res) => {
    const user = userOf(res);
    const id = handoffId(req);
    const wrap = body(req, WrapUpBody);
    const item = await visibleItem(ctx, user, id);
    requireOwnerOrSupervisor(user, item.agentId);
    res.json({ item: await wrapUp(withMessenger, item.id, user, wrap) });
  });

  // "Không gửi khảo sát": marks this handoff's survey skipped before the wrap-up closes it (then none goes out).
  router.post('/conversations/:id/skip-survey', async (req, res) => {
    const user = userOf(res);
    const id = handoffId(req);
    body(req, EmptyBody);
    const item = await visibleItem(ctx, user, id);
    requireOwnerOrSupervisor(user, item.agentId);
    if (item.status === 'closed') throw new AppError('conflict', 'Cuộc trò chuyện đã kết thúc; phiếu khảo sát (nếu có) đã được gửi.');
    await skipSurvey(ctx, { conversationId: item.conversationId, occasion: `handoff:${item.id}`, agentId: item.agentId, agentName: item.agentName });
    res.status(204).end();
  });

  router.post('/conversations/:id/return-to-bot', async (req, res) => {
    const user = userOf(res);
    const item = await visibleItem(ctx, user, handoffId(req));
    requireOwnerOrSupervisor(user, item.agentId);
    res.json({ item: await returnToBot(withMessenger, item.id) });
  });

  router.post('/conversations/:id/assign', async (req, res) => {
    const user = userOf(res);
    requireRole(user, 'supervisor');
    const id = handoffId(req);
    const { agentId } = body(req, AssignBody);
    const item = await visibleItem(ctx, user, id);
    const agent = await ctx.directory.byId(agentId);
    if (!agent || agent.role !== 'agent') throw new AppError('not_found', 'Không tìm thấy cán bộ.');
    if (user.role === 'supervisor' && user.branch && agent.branch && agent.branch !== user.branch) {
      throw new AppError('forbidden', 'Cán bộ này thuộc chi nhánh khác.');
    }
    res.json({ item: await assignItem(ctx.queue, item.id, agentId) });
  });
}
