import { asc, eq } from 'drizzle-orm';
import type { Router } from 'express';
import { AppError } from '../../../platform/http/errors.ts';
import { canSee, type StaffUser } from '../../staff/roles.ts';
import { handoffNotes, handoffs } from '../../tables.ts';
import { userOf } from '../auth.ts';
import type { ConsoleContext } from '../context.ts';
import { findDetails, maskDetail, maskText } from '../personal-data.ts';
import { itemById, type ItemView } from '../read-items.ts';
import { body, handoffId, RevealBody } from '../schemas.ts';

/** The item, when the user may see it: 404 when there is none, 403 when it is another team's. */
export async function visibleItem(ctx: ConsoleContext, user: StaffUser, id: string): Promise<ItemView> {
  const item = await itemById(ctx.db, id);
  if (!item) throw new AppError('not_found', 'Không tìm thấy cuộc trò chuyện.');
  if (!canSee(user, item)) throw new AppError('forbidden', 'Cuộc trò chuyện này thuộc nhóm khác.');
  return item;
}

async function conversationView(ctx: ConsoleContext, item: ItemView, revealed: boolean) {
  const [row] = await ctx.db.select({ summary: handoffs.summary, disposition: handoffs.disposition }).from(handoffs).where(eq(handoffs.id, item.id));
  const history = await ctx.history(item.conversationId);
  const notes = await ctx.db.select().from(handoffNotes).where(eq(handoffNotes.handoffId, item.id)).orderBy(asc(handoffNotes.id));
  const show = revealed ? (t: string) => t : maskText;
  const summary = (row?.summary ?? {}) as Record<string, unknown>;
  const said = Array.isArray(summary.citizenSaid) ? (summary.citizenSaid as string[]) : [];
  const details = findDetails([...history.filter((m) => m.role === 'citizen').map((m) => m.text), ...said]);
  return {
    item,
    summary: {
      ...summary,
      question: show(String(summary.question ?? '')),
      answered: summary.answered ? show(String(summary.answered)) : null,
      citizenSaid: said.map(show),
    },
    details: revealed ? details : details.map(maskDetail),
    revealed,
    messages: history.map((m) => ({
      id: m.id,
      role: m.role,
      text: show(m.text),
      author: m.author ?? null,
      citations: m.reply?.citations.map((c) => ({ code: c.code, name: c.name, url: c.url })) ?? [],
      createdAt: m.createdAt,
    })),
    notes: notes.map((n) => ({ id: n.id, kind: n.kind, authorName: n.authorName, text: n.text, createdAt: n.createdAt.toISOString() })),
  };
}

/** GET /conversations/:id (masked) and POST /conversations/:id/reveal (unmasked, audited). */
export function mountConversationRoutes(router: Router, ctx: ConsoleContext): void {
  router.get('/conversations/:id', async (req, res) => {
    const user = userOf(res);
    const item = await visibleItem(ctx, user, handoffId(req));
    res.setHeader('Cache-Control', 'no-store');
    res.json(await conversationView(ctx, item, false));
  });

  router.post('/conversations/:id/reveal', async (req, res) => {
    const user = userOf(res);
    const id = handoffId(req);
    const { reason } = body(req, RevealBody);
    const item = await visibleItem(ctx, user, id);
    await ctx.audit.record({ actorId: user.id, actorEmail: user.email, action: 'reveal_personal_data', subject: `conversation:${item.conversationId}`, reason });
    res.setHeader('Cache-Control', 'no-store');
    res.json(await conversationView(ctx, item, true));
  });
}
