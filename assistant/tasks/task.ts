import type { Procedure } from '../../knowledge/index.ts';
import type { WorkingCalendar } from '../calendar/index.ts';
import type { Clock, StoredMessage } from '../ports.ts';
import type { HandoffReason, Reply, Turn } from '../reply.ts';
import type { Understanding } from '../understand/understand.ts';

/**
 * A citizen task the dialogue hands over to for several turns: filing a complaint, booking an
 * appointment, filling a form, looking up a dossier. The task owns the conversation until it
 * finishes, the citizen stops it ("thôi", "hủy") or asks for a person. Tasks live outside the
 * assistant (callcenter) and are given to it by the composition root, so the dialogue never
 * imports them.
 */
export interface CitizenTask {
  /** Stable name, stored in the conversation state while the task runs. */
  readonly name: string;
  /** Intents that start the task when no task is running. */
  readonly startsOn: readonly Understanding['intent'][];
  start(turn: TaskTurn): Promise<TaskStep>;
  /** The next message while the task runs, with the data the previous step kept. */
  next(turn: TaskTurn, data: TaskData): Promise<TaskStep>;
}

/** What a task keeps between turns: plain JSON, stored with the conversation state (no personal data it does not need). */
export type TaskData = Record<string, unknown>;

/** One step: the reply, and the data for the next turn, or `null` when the task is over. */
export interface TaskStep {
  reply: Reply;
  data: TaskData | null;
  /** Ends the task and hands the conversation to a person (the citizen picked "talk to someone"). */
  handOff?: HandoffReason;
}

/** What a task sees of the turn. */
export interface TaskTurn {
  /** The checked, cleaned text. */
  text: string;
  understanding: Understanding;
  conversationId: string;
  channel: Turn['channel'];
  citizen: Turn['citizen'];
  elderly: boolean;
  /** The procedure the conversation is about, if any (the last one answered). */
  topic: () => Promise<Procedure | null>;
  /** Finds a procedure by its code, for tasks that name one. */
  procedure: (code: string) => Promise<Procedure | null>;
  clock: Clock;
  calendar: WorkingCalendar;
  recent: () => Promise<StoredMessage[]>;
}
