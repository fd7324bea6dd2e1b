import type { Block, ComposeContext } from './block.ts';
import { documentsBlock } from './aspect-documents.ts';
import { durationsBlock } from './aspect-durations.ts';
import { feesBlock } from './aspect-fees.ts';
import { whereBlock } from './aspect-where.ts';
import { T } from './strings.ts';

/**
 * A question that names a procedure and nothing else: what to bring first (what people most
 * need), then cost, time and place, and a hint at what else can be asked.
 */
export function overviewBlock(ctx: ComposeContext): Block {
  const parts = [documentsBlock(ctx), feesBlock(ctx), durationsBlock(ctx), whereBlock(ctx)];
  return {
    lines: [...parts.flatMap((p) => [...p.lines, '']), T.moreAspects],
    speech: parts.flatMap((p) => p.speech.slice(0, 4)),
    sms: parts.flatMap((p) => p.sms),
    sections: Object.assign({}, ...parts.map((p) => p.sections ?? {})),
    shortened: parts.some((p) => p.shortened),
  };
}
