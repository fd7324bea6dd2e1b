import { sql } from 'drizzle-orm';
import { sendSurvey, type CsatDeps } from './survey.ts';

/**
 * Bot-only conversations that went quiet: the citizen wrote, no person took part, nothing was
 * said for `quietMinutes` (a "cảm ơn" or "tạm biệt" is usually the last message). Only those
 * that fell quiet within the last day, so a first run does not survey old conversations.
 */
export async function surveyQuietConversations(deps: CsatDeps, quietMinutes: number, now: Date): Promise<number> {
  const until = new Date(now.getTime() - quietMinutes * 60_000);
  const since = new Date(until.getTime() - 86_400_000);
  const result = (await deps.db.execute(sql`select c.id from conversations c
      where c.channel not in ('eval', 'cli')
        and not exists (select 1 from handoffs h where h.conversation_id = c.id)
        and not exists (select 1 from csat_surveys s where s.conversation_id = c.id)
        and exists (select 1 from messages m where m.conversation_id = c.id and m.role = 'citizen')
        and (select max(m.created_at) from messages m where m.conversation_id = c.id) between ${since.toISOString()} and ${until.toISOString()}
      limit 200`)) as unknown as { rows: { id: string }[] };
  let sent = 0;
  for (const { id } of result.rows) {
    if (await sendSurvey(deps, { conversationId: id, occasion: `bot:${id}`, trigger: 'quiet', agentId: null, agentName: null })) sent++;
  }
  return sent;
}
