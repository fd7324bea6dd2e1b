import type { ConversationState } from '../ports.ts';
import type { Reply } from '../reply.ts';

/** What a turn produces: the reply, and the state the next turn starts from. */
export interface Outcome {
  reply: Reply;
  state: ConversationState;
}
