import { Router, type Request, type RequestHandler, type Response } from 'express';
import { AppError } from '../../platform/http/errors.ts';
import { Activity } from '@microsoft/agents-activity';
import { authorizeJWT, CloudAdapter, type AuthConfiguration, type TurnContext } from '@microsoft/agents-hosting';
import type { Logger } from '../../platform/logging/logger.ts';
import type { ContactStore, ProviderSender } from '../delivery/index.ts';
import { welcomeText } from '../delivery/strings.ts';
import { sanitiseCitizenText } from '../sanitise-text.ts';
import type { ChannelAssistant } from '../types.ts';
import { IncomingActivity } from './activity-schema.ts';
import { renderActivity } from './render.ts';
import { createAgentsSender, referenceOf } from './sender.ts';

export { renderActivity } from './render.ts';
export { agentsOpenApi } from './openapi.ts';

export interface AgentsSettings {
  /** From `connections__serviceConnection__settings__*`: with a client id, every request needs a valid JWT. */
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  tenantId?: string | undefined;
}

export interface AgentsChannelDeps {
  settings: AgentsSettings;
  assistant: ChannelAssistant;
  contacts: ContactStore;
  quietMs: number;
  logger: Logger;
}

const MAX_TEXT = 4000;

/** The SDK's own parse (it throws, which would be a 500, on what it cannot read). */
function readsAsActivity(body: unknown): boolean {
  try {
    Activity.fromObject(body as object);
    return true;
  } catch {
    return false;
  }
}

/** The SDK's JWT middleware answers its own JSON; ours answers problem+json like every other route. */
function withProblemOnRefusal(middleware: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const refuse = (status: number) => ({
      send: () => next(status === 405 ? new AppError('method_not_allowed', 'Phương thức không được hỗ trợ.') : new AppError('unauthorized', 'Yêu cầu chưa được xác thực.')),
    });
    const guarded = new Proxy(res, { get: (target, key) => (key === 'status' ? refuse : Reflect.get(target, key)) });
    return middleware(req, guarded, next);
  };
}

/**
 * The Microsoft 365 Agents SDK endpoint (Activity protocol) at POST /api/messages, on our Express
 * app: @microsoft/agents-hosting's CloudAdapter, with its JWT middleware, answers each message
 * with the assistant's turn. With `deliveryMode: "expectReplies"` the replies come back in the body.
 */
export function createAgentsChannel(deps: AgentsChannelDeps): { router: Router; sender: ProviderSender; authenticated: boolean } {
  const auth: AuthConfiguration = deps.settings.clientId
    ? { clientId: deps.settings.clientId, clientSecret: deps.settings.clientSecret, tenantId: deps.settings.tenantId }
    : {};
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (_context, error) => {
    deps.logger.error({ err: error }, 'agents turn failed');
  };

  async function conversationOf(context: TurnContext): Promise<string> {
    const activity = context.activity;
    const address = `${activity.channelId ?? 'unknown'}:${activity.conversation?.id ?? 'unknown'}`.slice(0, 300);
    const conversationId = await deps.contacts.touch({
      channel: 'agents',
      provider: 'agents',
      address,
      at: new Date(),
      quietMs: deps.quietMs,
      start: () => deps.assistant.conversations.start('agents'),
    });
    // Kept to reach the citizen later (an agent's reply, a notification): continueConversation needs it.
    await deps.contacts.setReference(conversationId, referenceOf(activity));
    return conversationId;
  }

  async function logic(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.type === 'conversationUpdate') {
      const joined = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
      if (joined) await context.sendActivity(renderActivity({ text: welcomeText(), choices: [] }));
      return;
    }
    if (activity.type === 'invoke') {
      // Card actions and the like: nothing to do, but the protocol expects an answer (else 501).
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200 } } as never);
      return;
    }
    if (activity.type !== 'message') return;
    const text = sanitiseCitizenText(typeof activity.text === 'string' ? activity.text : '').slice(0, MAX_TEXT);
    const conversationId = await conversationOf(context);
    const reply = await deps.assistant.handleTurn({
      conversationId,
      channel: 'agents',
      text,
      clientMessageId: activity.id ? `agents:${String(activity.id).slice(0, 200)}` : undefined,
    });
    await context.sendActivity(renderActivity(reply));
  }

  const router = Router();
  router.post('/api/messages', withProblemOnRefusal(authorizeJWT(auth) as never), async (req: Request, res: Response) => {
    if (!IncomingActivity.safeParse(req.body).success || !readsAsActivity(req.body)) throw new AppError('bad_request', 'Hoạt động (activity) không hợp lệ.');
    await adapter.process(req as never, res as never, logic);
  });
  const sender = createAgentsSender({ adapter, clientId: deps.settings.clientId, contacts: deps.contacts });
  return { router, sender, authenticated: Boolean(deps.settings.clientId) };
}
