import type { Activity } from '@microsoft/agents-activity';
import { MessageFactory } from '@microsoft/agents-hosting';
import type { Reply } from '../../assistant/index.ts';
import { listsChoices } from '../choices.ts';

/**
 * The reply as an Activity: the text, and the choices as suggested actions (imBack with the digit,
 * which the assistant reads as a pick), also numbered in the text for clients that hide buttons.
 */
export function renderActivity(reply: Pick<Reply, 'text' | 'choices'>): Activity {
  const choices = reply.choices;
  if (choices.length === 0) {
    const plain = MessageFactory.text(reply.text);
    plain.textFormat = 'plain';
    return plain;
  }
  const text = listsChoices(reply.text, choices) ? reply.text : `${reply.text}\n\n${choices.map((c) => `${c.n}. ${c.label}`).join('\n')}`;
  const activity = MessageFactory.suggestedActions(
    choices.map((c) => ({ type: 'imBack', title: `${c.n}. ${c.label}`.slice(0, 100), value: String(c.n) })),
    text,
  );
  activity.textFormat = 'plain';
  return activity;
}
