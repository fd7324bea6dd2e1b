import type { ChatOpenAI } from '@langchain/openai';
import { z } from 'zod';
import type { Procedure } from '../../knowledge/index.ts';
import { maskPersonalData } from '../../platform/logging/redact.ts';
import { checkFacts, missingFacts } from './fact-guard.ts';
import { EXTRACT_SYSTEM, PHRASE_SYSTEM, REWRITE_SYSTEM, extractUserMessage, phraseUserMessage, rewriteUserMessage } from './prompts.ts';

export interface HistoryItem {
  role: 'citizen' | 'assistant';
  text: string;
}

export interface Extraction {
  intent: string | null;
  aspect: string | null;
  caseHint: string | null;
}

export interface PhraseInput {
  question: string;
  deterministicText: string;
  sources: Procedure[];
}

/** Optional help from a language model. Every method returns null instead of failing. */
export interface AnswerLlm {
  rewriteFollowUp(history: HistoryItem[], text: string): Promise<string | null>;
  extract(text: string): Promise<Extraction | null>;
  /** The model's wording of the deterministic answer, only when every fact in it checks out. */
  phrase(input: PhraseInput): Promise<string | null>;
}

/** The part of a pino logger this module uses. */
export interface LlmLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface AnswerLlmOptions {
  apiKey: string;
  baseUrl?: string | undefined;
  model: string;
  logger?: LlmLogger | undefined;
  timeoutMs?: number | undefined;
  temperature?: number | undefined;
}

const ASPECTS = ['documents', 'fee', 'duration', 'where', 'steps', 'conditions', 'forms', 'result', 'overview'] as const;
const nullableText = z.string().trim().min(1).max(200).nullable().catch(null);
const ExtractionSchema = z.object({
  intent: nullableText.default(null),
  aspect: z.enum(ASPECTS).nullable().catch(null).default(null),
  caseHint: nullableText.default(null),
});

const silent: LlmLogger = { info: () => {}, warn: () => {} };

export function createAnswerLlm(options: AnswerLlmOptions): AnswerLlm {
  const logger = options.logger ?? silent;
  const timeoutMs = options.timeoutMs ?? 8000;
  // No retries: the deterministic answer is always ready, so a slow model is simply skipped.
  // The OpenAI SDK is imported on first use, so a start-up without a model never loads it.
  let chat: Promise<ChatOpenAI> | null = null;
  const model = () =>
    (chat ??= import('@langchain/openai').then(
      ({ ChatOpenAI }) =>
        new ChatOpenAI({
          apiKey: options.apiKey,
          model: options.model,
          temperature: options.temperature ?? 0,
          timeout: timeoutMs,
          maxRetries: 0,
          configuration: options.baseUrl ? { baseURL: options.baseUrl } : {},
        }),
    ));

  async function complete(op: string, system: string, user: string): Promise<string | null> {
    const started = Date.now();
    try {
      const res = await (await model()).invoke([{ role: 'system', content: system }, { role: 'user', content: user }], { signal: AbortSignal.timeout(timeoutMs) });
      const text = (typeof res.content === 'string' ? res.content : res.text).trim();
      logger.info({ event: 'llm.completed', op, ms: Date.now() - started, chars: text.length });
      return text === '' ? null : text;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn({ event: 'llm.failed', op, ms: Date.now() - started, error: maskPersonalData(message).slice(0, 300) }, 'LLM call failed');
      return null;
    }
  }

  return {
    async rewriteFollowUp(history, text) {
      if (history.length === 0) return null;
      const out = await complete('rewrite', REWRITE_SYSTEM, rewriteUserMessage(history, text));
      const line = out?.split('\n').find((l) => l.trim() !== '')?.trim().replace(/^["“]|["”]$/g, '') ?? '';
      return line === '' || line.length > 500 ? null : line;
    },

    async extract(text) {
      const out = await complete('extract', EXTRACT_SYSTEM, extractUserMessage(text));
      const json = out?.match(/\{[\s\S]*\}/)?.[0];
      if (!json) return null;
      try {
        return ExtractionSchema.parse(JSON.parse(json));
      } catch {
        logger.warn({ event: 'llm.unparsable', op: 'extract' }, 'LLM extraction was not valid JSON');
        return null;
      }
    },

    async phrase(input) {
      const out = await complete('phrase', PHRASE_SYSTEM, phraseUserMessage(input));
      if (!out) return null;
      const check = checkFacts(out, input.sources, input.deterministicText);
      if (!check.ok) {
        logger.warn({ event: 'llm.fact_guard_rejected', violations: check.violations.map(maskPersonalData) }, 'LLM phrasing rejected by the fact guard');
        return null;
      }
      const dropped = missingFacts(out, input.deterministicText);
      if (dropped.length > 0) {
        logger.warn({ event: 'llm.phrase_dropped_facts', missing: dropped.map(maskPersonalData) }, 'LLM phrasing left out facts');
        return null;
      }
      return out;
    },
  };
}
