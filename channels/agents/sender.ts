import { Activity, type ConversationReference } from '@microsoft/agents-activity';
import type { CloudAdapter, TurnContext } from '@microsoft/agents-hosting';
import type { ContactStore, OutboundMessage, ProviderSender, SendResult } from '../delivery/index.ts';
import { resultFromStatus, transientFromError } from '../delivery/sender.ts';
import { listsChoices } from '../choices.ts';

/** How much of an incoming activity is kept to reach the citizen later (no activity id: a new message, not a reply). */
export function referenceOf(activity: Activity): Record<string, unknown> {
  const reference = activity.getConversationReference();
  delete reference.activityId;
  return JSON.parse(JSON.stringify(reference)) as Record<string, unknown>;
}

/** The whole message as one text: choices numbered, as the citizen answers them with a digit. */
function renderText(message: OutboundMessage): string[] {
  const choices = message.choices ?? [];
  if (choices.length === 0 || listsChoices(message.text, choices)) return [message.text];
  return [`${message.text}\n\n${choices.map((c) => `${c.n}. ${c.label}`).join('\n')}`];
}

/**
 * Proactive messages (an agent's reply, a notification) through the connector: CloudAdapter's
 * continueConversation with the stored conversation reference, then POST
 * {serviceUrl}/v3/conversations/{id}/activities. With a client id the adapter gets an Entra token
 * for the connector; without one (development) it calls it anonymously, as the Playground expects.
 */
export function createAgentsSender(deps: { adapter: CloudAdapter; clientId?: string | undefined; contacts: ContactStore }): ProviderSender {
  // An identity without an audience makes the adapter build an anonymous connector client.
  const identity = deps.clientId ?? ({} as never);
  return {
    provider: 'agents',
    channel: 'agents',
    render: renderText,
    async sendPart(address, text): Promise<SendResult> {
      const stored = await deps.contacts.referenceOf('agents', address);
      const reference = stored as unknown as ConversationReference | null;
      if (!reference?.serviceUrl || !reference.conversation?.id) return { ok: false, retry: false, error: 'no conversation reference stored for this citizen' };
      let id: string | null = null;
      // The adapter hands errors inside the logic to onTurnError: catch them here to judge them.
      let failure: unknown = null;
      try {
        await deps.adapter.continueConversation(identity, reference, async (context: TurnContext) => {
          // A new message in the conversation (POST …/activities), not a reply to the continuation event.
          context.onSendActivities(async (_context, activities, next) => {
            for (const activity of activities) delete activity.replyToId;
            return next();
          });
          try {
            const response = await context.sendActivity(Activity.fromObject({ type: 'message', text, textFormat: 'plain' }));
            id = response?.id || null;
          } catch (error) {
            failure = error;
          }
        });
      } catch (error) {
        failure = error;
      }
      if (failure === null) return { ok: true, providerMessageId: id };
      const status = (failure as { status?: unknown }).status;
      if (typeof status === 'number') return resultFromStatus(status, failure instanceof Error ? failure.message : '');
      return transientFromError(failure);
    },
  };
}
