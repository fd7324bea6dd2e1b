import { z } from 'zod';
import raw from './life-events.json' with { type: 'json' };
import { fold, foldedSyllables } from '../text/index.ts';

/**
 * Life events as data: how citizens describe what happened to them ("mới đẻ", "bố tôi mất",
 * "mua lại xe cũ") and, in order, the procedures it leads to, the connected (liên thông) ones
 * included. The data lives in life-events.json (reviewed; every code is checked against the
 * corpus by life-events-corpus.test.ts). Cues are matched on folded syllables, so one accented
 * cue also matches the same words typed without diacritics.
 */
export const LifeEventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the assistant may call the event in a reply ("Sinh con"). */
  label: z.string().min(1),
  cues: z.array(z.string().min(2)).min(1),
  /** Procedure codes in the order a citizen needs them. */
  procedures: z.array(z.string().regex(/^\d\.\d{6}$/)).min(1),
  note: z.string().min(1),
});
export type LifeEvent = z.infer<typeof LifeEventSchema>;

/** An event a message describes: what the retrieval result carries for the dialogue. */
export interface LifeEventMatch {
  id: string;
  label: string;
  /** Procedure codes in order (only those in the corpus once retrieval has filtered them). */
  procedures: string[];
  /** The cue as found, folded ("moi de"). */
  cue: string;
}

export interface LifeEvents {
  readonly events: readonly LifeEvent[];
  /** Events the text describes, by the position of their first cue; a longer cue wins an overlap. */
  match(text: string): LifeEventMatch[];
}

interface Cue {
  syllables: string[];
  event: LifeEvent;
}

export function createLifeEvents(data: readonly unknown[]): LifeEvents {
  const events = z.array(LifeEventSchema).parse(data);
  const ids = new Set<string>();
  // First syllable → cues starting with it, longest first: a Map, never an object keyed by a citizen's word.
  const byFirst = new Map<string, Cue[]>();
  for (const event of events) {
    if (ids.has(event.id)) throw new Error(`life events: duplicate id ${event.id}`);
    ids.add(event.id);
    for (const cue of event.cues) {
      const syllables = foldedSyllables(fold(cue));
      const first = syllables[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ syllables, event });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.syllables.length - a.syllables.length);

  return {
    events,
    match(text) {
      const words = foldedSyllables(fold(text));
      const found = new Map<string, LifeEventMatch>();
      for (let i = 0; i < words.length; ) {
        const cue = byFirst.get(words[i] as string)?.find((c) => c.syllables.every((s, k) => words[i + k] === s));
        if (!cue) {
          i++;
          continue;
        }
        const { event } = cue;
        if (!found.has(event.id)) found.set(event.id, { id: event.id, label: event.label, procedures: [...event.procedures], cue: cue.syllables.join(' ') });
        i += cue.syllables.length;
      }
      return [...found.values()];
    },
  };
}

let shipped: LifeEvents | undefined;

/** The shipped life events, compiled on first use. */
export function getLifeEvents(): LifeEvents {
  shipped ??= createLifeEvents(raw);
  return shipped;
}

/** Events a citizen's message describes, in the order they are mentioned. */
export function matchLifeEvents(text: string): LifeEventMatch[] {
  return getLifeEvents().match(text);
}
