import { plainReply } from '../compose/compose-simple.ts';
import type { TurnContext } from '../dialogue/deps.ts';
import { escalate } from '../dialogue/escalate.ts';
import { afterHandoff, afterOther } from '../dialogue/next-state.ts';
import type { Outcome } from '../dialogue/outcome.ts';
import { foldedWords } from '../understand/fold.ts';
import type { Understanding } from '../understand/understand.ts';
import type { CitizenTask, TaskStep, TaskTurn } from './task.ts';

const STOPPED = 'Dạ, tôi đã dừng việc này. Bạn cần hỏi gì thêm cứ nhắn cho tôi nhé.';
const STOP_WORDS = new Set(['thoi', 'huy', 'dung', 'thoat', 'khong', 'nua', 'lam', 'a', 'nhe', 'di', 'toi', 'em', 'minh', 'viec', 'nay', 'bo', 'qua']);
const STOP_STARTS = new Set(['thoi', 'huy', 'dung', 'thoat']);

/** "thôi", "hủy", "dừng lại", "thôi không làm nữa": a short message made only of stop words. */
export function asksToStop(text: string): boolean {
  const words = foldedWords(text);
  if (words.length === 0 || words.length > 5 || !STOP_STARTS.has(words[0] as string)) return false;
  return words.every((w) => STOP_WORDS.has(w) || w === 'lai');
}

function taskTurn(ctx: TurnContext, u: Understanding): TaskTurn {
  const { retriever, clock, calendar } = ctx.deps;
  return {
    text: ctx.text,
    understanding: u,
    conversationId: ctx.conversationId,
    channel: ctx.turn.channel,
    citizen: ctx.turn.citizen,
    elderly: ctx.elderly,
    topic: async () => (ctx.state.procedureCode ? retriever.getByCode(ctx.state.procedureCode) : null),
    procedure: (code) => retriever.getByCode(code),
    clock,
    calendar,
    recent: ctx.recent,
  };
}

async function outcomeOf(ctx: TurnContext, name: string, step: TaskStep): Promise<Outcome> {
  if (step.handOff) return { reply: await escalate(ctx, step.handOff, step.handOff, null), state: afterHandoff(ctx.state, ctx.elderly) };
  return { reply: step.reply, state: { ...afterOther(ctx.state, ctx.elderly), task: step.data ? { name, data: step.data } : null } };
}

/**
 * Gives the turn to a task: the running one, unless the citizen stops it or asks for a person,
 * or one this message starts. Returns null when no task takes the turn.
 */
export async function runTask(ctx: TurnContext, u: Understanding): Promise<Outcome | null> {
  const tasks: readonly CitizenTask[] = ctx.deps.tasks ?? [];
  const running = ctx.state.task ? tasks.find((t) => t.name === ctx.state.task?.name) : undefined;
  if (ctx.state.task && running) {
    if (u.intent === 'human') return null; // the handoff clears the task
    if (asksToStop(ctx.text)) return { reply: plainReply('smalltalk', `${running.name}_stopped`, STOPPED), state: { ...afterOther(ctx.state, ctx.elderly), task: null } };
    return outcomeOf(ctx, running.name, await running.next(taskTurn(ctx, u), ctx.state.task.data));
  }
  const starting = tasks.find((t) => t.startsOn.includes(u.intent));
  if (!starting) return null;
  return outcomeOf(ctx, starting.name, await starting.start(taskTurn(ctx, u)));
}
