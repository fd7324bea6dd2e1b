import type { Reply, Turn } from '../../assistant/index.ts';
import type { Procedure } from '../../knowledge/index.ts';

/**
 * What the runner drives: the assistant's entry point as the channels use it, plus a way to read
 * the cited records (for grounding checks). Built from the real services in build-target.ts and
 * from a scripted fake in the runner's own tests.
 */
export interface EvalTarget {
  startConversation(): Promise<string>;
  handleTurn(turn: Turn): Promise<Reply>;
  getProcedure(code: string): Promise<Procedure | null>;
}
