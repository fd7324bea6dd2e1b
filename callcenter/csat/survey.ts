import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { CitizenMessenger } from '../queue/index.ts';
import { csatSurveys, type CsatLevel } from './tables.ts';

export interface CsatDeps {
  db: Db;
  messenger: CitizenMessenger;
  publicUrl: string;
  /** Files a draft ticket for a supervisor to review, with the conversation attached; returns its id. */
  fileDraft(conversationId: string, comment: string | null): Promise<string>;
}

export const LEVEL_LABEL: Record<CsatLevel, string> = { very_satisfied: 'Rất hài lòng', satisfied: 'Hài lòng', dissatisfied: 'Không hài lòng' };

export interface SurveyOccasion {
  conversationId: string;
  /** `handoff:<id>` when an agent closes, `bot:<conversationId>` when a bot-only conversation ends. */
  occasion: string;
  trigger: 'agent_close' | 'bot_end' | 'quiet';
  /** The agent who handled the conversation when the survey is sent (kept even if they leave). */
  agentId: string | null;
  agentName: string | null;
}

/** Sends the survey once per occasion; nothing when it was sent or skipped before. */
export async function sendSurvey(deps: CsatDeps, o: SurveyOccasion): Promise<boolean> {
  const token = randomBytes(16).toString('base64url');
  const [row] = await deps.db.insert(csatSurveys).values({ ...o, token }).onConflictDoNothing({ target: csatSurveys.occasion }).returning();
  if (!row) return false;
  await deps.messenger.send(
    o.conversationId,
    'system',
    `Bạn có hài lòng với sự hỗ trợ vừa rồi không? Mời bạn chọn Rất hài lòng, Hài lòng hoặc Không hài lòng tại ${deps.publicUrl}/danh-gia/${token} (không bắt buộc).`,
    null,
  );
  return true;
}

/** Staff mark a conversation so that no survey goes out for this occasion (e.g. an abusive caller). */
export async function skipSurvey(deps: Pick<CsatDeps, 'db'>, o: Omit<SurveyOccasion, 'trigger'> & { trigger?: SurveyOccasion['trigger'] }): Promise<void> {
  await deps.db
    .insert(csatSurveys)
    .values({ ...o, trigger: o.trigger ?? 'agent_close', token: randomBytes(16).toString('base64url'), status: 'skipped' })
    .onConflictDoNothing({ target: csatSurveys.occasion });
}

export async function surveyByToken(deps: Pick<CsatDeps, 'db'>, token: string) {
  const [row] = await deps.db.select().from(csatSurveys).where(eq(csatSurveys.token, token));
  if (!row || row.status === 'skipped') throw new AppError('not_found', 'Không tìm thấy phiếu khảo sát.');
  return row;
}

/** Records the answer once; "Không hài lòng" opens a draft ticket for a supervisor, with the conversation attached. */
export async function answerSurvey(deps: CsatDeps, token: string, level: CsatLevel, comment: string | null) {
  const survey = await surveyByToken(deps, token);
  const [row] = await deps.db
    .update(csatSurveys)
    .set({ status: 'answered', level, comment, answeredAt: new Date() })
    .where(and(eq(csatSurveys.id, survey.id), eq(csatSurveys.status, 'sent')))
    .returning();
  if (!row) throw new AppError('conflict', 'Bạn đã đánh giá rồi. Cảm ơn bạn!');
  if (level !== 'dissatisfied') return row;
  const complaintId = await deps.fileDraft(row.conversationId, comment);
  await deps.db.update(csatSurveys).set({ complaintId }).where(eq(csatSurveys.id, row.id));
  return { ...row, complaintId };
}
