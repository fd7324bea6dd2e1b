import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import { canSee, type StaffUser } from '../staff/roles.ts';
import { handoffs } from '../tables.ts';
import type { ComplaintDeps } from './deps.ts';
import type { FileComplaintInput } from './file-complaint.ts';
import { COMPLAINT_TYPES } from './tables.ts';

/** The wrap-up's "tạo phản ánh": the channel and branch come from the conversation, not the client. */
export const FromConversation = z
  .object({
    clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
    conversationId: z.uuid(),
    type: z.enum(COMPLAINT_TYPES),
    content: z.string(),
    place: z.string().optional(),
    procedureCode: z.string().optional(),
    citizen: z.object({ name: z.string(), phone: z.string().optional(), email: z.string().optional(), address: z.string().optional() }).strict(),
    consent: z.literal(true, 'Cần hỏi và ghi nhận sự đồng ý của người gửi.'),
  })
  .strict();

type Channel = FileComplaintInput['channel'];
const CONVERSATION_CHANNELS: readonly Channel[] = ['web', 'zalo', 'sms', 'voice', 'agents'];

/**
 * The conversation a console filing attaches. It must have reached the console (a handoff) and be
 * one the staff member may see there (the latest handoff's team, branch or agent, as in the
 * console); the ticket takes its channel and branch.
 */
export async function conversationForFiling(deps: Pick<ComplaintDeps, 'db'>, user: StaffUser, conversationId: string): Promise<{ channel: Channel; branch: string | null }> {
  if (user.role === 'agency_officer') throw new AppError('forbidden', 'Tài khoản của bạn không có quyền tạo phiếu.');
  const [item] = await deps.db
    .select({ channel: handoffs.channel, teamId: handoffs.teamId, branch: handoffs.branch, agentId: handoffs.agentId })
    .from(handoffs)
    .where(eq(handoffs.conversationId, conversationId))
    .orderBy(desc(handoffs.createdAt))
    .limit(1);
  if (!item) throw new AppError('not_found', 'Không tìm thấy cuộc trò chuyện.');
  if (!canSee(user, item)) throw new AppError('forbidden', 'Cuộc trò chuyện này không thuộc phạm vi của bạn.');
  const channel = CONVERSATION_CHANNELS.find((c) => c === item.channel) ?? 'console';
  return { channel, branch: item.branch ?? user.branch };
}
