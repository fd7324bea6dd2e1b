import type { Router } from 'express';
import { AppError } from '../../../platform/http/errors.ts';
import { composeAssistAnswer } from '../../assist/compose-assist-answer.ts';
import { requireRole } from '../../staff/roles.ts';
import { userOf } from '../auth.ts';
import type { ConsoleContext } from '../context.ts';
import { AssistQuery, parse } from '../schemas.ts';

/** GET /assist?q=: agent assist — procedures matching the question, each with a grounded answer and its citation. */
export function mountAssistRoutes(router: Router, ctx: ConsoleContext): void {
  router.get('/assist', async (req, res) => {
    requireRole(userOf(res), 'agent');
    const { q } = parse(AssistQuery, req.query);
    if (!ctx.knowledge) throw new AppError('unavailable', 'Chưa kết nối được kho tri thức thủ tục.');
    const hits = await ctx.knowledge.search(q, 3);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ query: q, results: hits.map((hit) => composeAssistAnswer(q, hit)).filter((a) => a !== null) });
  });
}
