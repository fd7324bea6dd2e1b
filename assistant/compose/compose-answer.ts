import type { Aspect, Reply, ReplyAction, ReplySections } from '../reply.ts';
import { citationOf } from './citation.ts';
import type { Block, ComposeContext } from './block.ts';
import { documentsBlock } from './aspect-documents.ts';
import { durationsBlock } from './aspect-durations.ts';
import { feesBlock } from './aspect-fees.ts';
import { formsBlock } from './aspect-forms.ts';
import { overviewBlock } from './aspect-overview.ts';
import { expectedDateBlock, resultBlock } from './aspect-result.ts';
import { conditionsBlock, stepsBlock } from './aspect-steps.ts';
import { whereBlock } from './aspect-where.ts';
import { capChat, renderSms, renderSpeech } from './render-channels.ts';
import { T } from './strings.ts';

const RENDER: Record<Aspect, (ctx: ComposeContext) => Block> = {
  documents: documentsBlock,
  fee: feesBlock,
  duration: durationsBlock,
  result: resultBlock,
  where: whereBlock,
  steps: stepsBlock,
  conditions: conditionsBlock,
  forms: formsBlock,
  overview: overviewBlock,
};

export type AnswerParts = Pick<Reply, 'text' | 'speech' | 'sms' | 'citations' | 'sections' | 'actions' | 'aspect'>;

/** The aspects to answer now: all that were asked, or in plain-language mode only the first. */
function aspectsToAnswer(ctx: ComposeContext, asked: readonly Aspect[]): Aspect[] {
  const aspects = asked.length > 0 ? [...new Set(asked)] : (['overview'] as Aspect[]);
  if (!ctx.elderly) return aspects;
  // One thing per message, and what to bring comes first.
  return [aspects[0] === 'overview' ? 'documents' : (aspects[0] as Aspect)];
}

function blocksFor(ctx: ComposeContext, aspects: readonly Aspect[]): Block[] {
  const blocks = aspects.map((a) => RENDER[a](ctx));
  if (ctx.wantsExpectedDate && aspects.includes('duration') && !aspects.includes('result')) blocks.push(expectedDateBlock(ctx));
  return blocks;
}

/** The one question that ends a plain-language answer: the checklist offer, or the next aspect. */
function elderlyClosing(ctx: ComposeContext, answered: Aspect, asked: readonly Aspect[]): string {
  const next = asked.find((a) => a !== answered && a !== 'overview');
  if (answered !== 'documents' && next) return T.askNext(T.aspectName[next]);
  return T.checklistOffer;
}

export function composeAnswer(ctx: ComposeContext, asked: readonly Aspect[]): AnswerParts {
  const aspects = aspectsToAnswer(ctx, asked);
  const blocks = blocksFor(ctx, aspects);
  const p = ctx.procedure;
  const closing = ctx.elderly ? elderlyClosing(ctx, aspects[0] as Aspect, asked) : null;
  const lines = [T.procedureLine(p.name, p.code), ''];
  if (ctx.notes.length > 0) lines.push(T.notesTitle, ...ctx.notes.map((n) => `• “${n}”`), '');
  for (const block of blocks) lines.push(...block.lines, '');
  const shortened = blocks.some((b) => b.shortened);
  // What was left out is one message away: the full official wording.
  if (shortened) lines.push(T.moreDetail, '');
  if (closing) lines.push(closing, '');
  const showsDocuments = aspects.includes('documents') || aspects.includes('overview');
  const actions: ReplyAction[] = blocks.flatMap((b) => b.actions ?? []);
  if (showsDocuments) actions.push({ type: 'send_checklist', channels: ['sms', 'zalo'], procedureCode: p.code });
  return {
    // The main question is the last one asked; plain-language mode reports the one it answered.
    aspect: (ctx.elderly ? aspects[0] : asked[asked.length - 1]) ?? 'overview',
    text: capChat(lines, [T.source(p.code, ctx.elderly ? null : p.sourceUrl)], ctx.detail === true),
    speech: renderSpeech([T.procedureSpeech(p.name), ...ctx.notes, ...blocks.flatMap((b) => b.speech)], closing, ctx.detail ? 'never' : shortened ? 'always' : 'if-cut'),
    sms: renderSms(`${p.name} (${p.code})`, blocks.flatMap((b) => b.sms), p.sourceUrl),
    citations: [citationOf(p)],
    sections: Object.assign({}, ...blocks.map((b) => b.sections ?? {})) as ReplySections,
    actions,
  };
}
