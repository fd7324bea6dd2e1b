import type { Logger } from '../../platform/logging/logger.ts';
import type { CallFlow, FlowResult } from './flow/call-flow.ts';
import type { CallInput, Step } from './flow/step.ts';
import type { CallStore, VoiceCall, VoiceProvider } from './ports.ts';

export interface ServeDeps {
  calls: CallStore;
  flow: CallFlow;
  logger: Logger;
  now: () => Date;
  /** A caller ringing again within this long is offered to continue. */
  resumeMs: number;
}

/**
 * Serves one webhook of a call whatever the provider: loads the persisted call, runs the flow,
 * saves the next state (only over the version it read) and returns the step to render. Two
 * requests for one call at once: the second to save re-reads and repeats the stored prompt.
 */
export function createCallServer(deps: ServeDeps) {
  const save = async (call: VoiceCall, next: FlowResult): Promise<Step> => {
    const saved = await deps.calls.save({ id: call.id, version: call.version, state: next.state, status: next.status, conversationId: next.conversationId });
    if (saved) return next.step;
    const current = await deps.calls.get(call.provider, call.providerCallId);
    return current ? deps.flow.prompt(current.state) : next.step;
  };

  const start = async (provider: VoiceProvider, providerCallId: string, caller: string | null): Promise<{ call: VoiceCall; step: Step }> => {
    const previous = caller ? await deps.calls.lastByCaller(caller, new Date(deps.now().getTime() - deps.resumeMs), '') : null;
    const greeting = deps.flow.greet(provider, previous);
    const { call, created } = await deps.calls.open({ provider, providerCallId, caller, state: greeting.state });
    deps.logger.info({ provider, callId: call.id, caller, created, resume: Boolean(previous && created && greeting.state.node === 'resume') }, 'voice call');
    return { call, step: created ? greeting.step : deps.flow.prompt(call.state) };
  };

  return {
    start: async (provider: VoiceProvider, providerCallId: string, caller: string | null) => (await start(provider, providerCallId, caller)).step,

    async input(provider: VoiceProvider, providerCallId: string, caller: string | null, input: CallInput): Promise<Step> {
      const call = (await deps.calls.get(provider, providerCallId)) ?? (await start(provider, providerCallId, caller)).call;
      if (call.status === 'closed' && call.state.node !== 'done') return deps.flow.prompt({ ...call.state, node: 'menu' });
      return save(call, await deps.flow.advance(call, input));
    },

    async noAgent(provider: VoiceProvider, providerCallId: string): Promise<Step | null> {
      const call = await deps.calls.get(provider, providerCallId);
      return call ? save(call, deps.flow.noAgent(call)) : null;
    },

    /** The caller hung up or the call ended; a caller who gave up waiting for an agent gets a callback. */
    async ended(provider: VoiceProvider, providerCallId: string, options: { abandonedQueue?: boolean } = {}): Promise<void> {
      const before = await deps.calls.get(provider, providerCallId);
      const closed = await deps.calls.close(provider, providerCallId);
      if (closed && before && before.status === 'queued' && options.abandonedQueue !== false) await deps.flow.abandoned(before);
    },

    async bridged(provider: VoiceProvider, providerCallId: string): Promise<void> {
      const call = await deps.calls.get(provider, providerCallId);
      if (call && call.status === 'queued') await deps.calls.save({ id: call.id, version: call.version, state: call.state, status: 'bridged', conversationId: call.conversationId });
    },

    async hold(provider: VoiceProvider, providerCallId: string, providerPosition: number | null): Promise<string> {
      const call = await deps.calls.get(provider, providerCallId);
      return call ? deps.flow.hold(call, providerPosition) : '';
    },
  };
}

export type CallServer = ReturnType<typeof createCallServer>;
