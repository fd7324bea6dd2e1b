import { z } from 'zod';
import type { OutsideTopicRef } from '../../assistant/index.ts';
import raw from './topic-domains.json' with { type: 'json' };
import { fold, foldedSyllables, typedSyllables } from '../text/index.ts';

/**
 * Areas of public administration that citizens often ask a one-stop centre about, each with the
 * words that name its procedures ("chuyển trường", "giấy phép lao động", "bưu chính") and who
 * handles it. Written from the ministries' areas, not from any evaluation item. A term counts only
 * when no procedure the search found has it in its name: a corpus that holds the area silences it,
 * so the same data serves the sample corpus, the national one and a centre's own, while a name
 * that mentions it in passing elsewhere in the corpus does not. Terms of everyday
 * life are the exception (see `everyday`). A term that folds into a common word ("chó" → "cho")
 * goes in `typedTerms`, read only as typed with its diacritics.
 */
export const TopicDomainSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** How a reply names the area ("giáo dục và đào tạo"). */
  label: z.string().min(1),
  /** Who a citizen should ask instead, in a phrase that follows "việc này do … giải quyết". */
  handledBy: z.string().min(1),
  terms: z.array(z.string().min(2)).min(1),
  /**
   * Everyday life and private services (wifi, a pet, a social network), not administration: their words
   * make any procedure a look-alike unless its record speaks of them, however well its name matches.
   */
  everyday: z.boolean().default(false),
  /**
   * Terms that fold into common words ("chó" → "cho", "mèo" → "mẹo"): they count only in a question
   * typed with diacritics, spelt as written. Unaccented text cannot tell them apart.
   */
  typedTerms: z.array(z.string().min(2)).default([]),
});
export type TopicDomain = z.infer<typeof TopicDomainSchema>;

/** An area the question names that the corpus does not hold: the assistant's port type. */
export type OutsideTopic = OutsideTopicRef;

/** Verbs of asking for a paper: the term right after one is what the citizen asks for ("xin giấy phép lao động"). */
const REQUESTS = ['xin', 'cap', 'lam', 'dang ky', 'de nghi cap', 'xin cap', 'cap lai', 'lam lai', 'xin lai', 'gia han'];

const spaced = (words: readonly string[]): string => ` ${words.join(' ')} `;

/**
 * "Có cần khám sức khỏe không": whether a procedure requires the thing, a question about that
 * procedure's papers, not about the area. "Có cần xin giấy phép lao động không" still asks for the
 * area's own paper (a request verb comes between); "phải công bố mỹ phẩm" says what must be done.
 */
function askedIfRequired(question: string, term: string): boolean {
  return question.includes(` can${term}`);
}

export interface TopicDomains {
  readonly domains: readonly TopicDomain[];
  /**
   * The first area whose term the text contains and none of `names` does; `names` are the folded
   * names of the procedures that could answer (those a search found). Null when the question names
   * no such area.
   */
  outside(text: string, names: Iterable<string>): OutsideTopic | null;
}

export function createTopicDomains(data: readonly unknown[]): TopicDomains {
  const domains = z.array(TopicDomainSchema).parse(data);
  const terms = domains.flatMap((domain) => [
    ...domain.terms.map((term) => ({ domain, folded: spaced(foldedSyllables(fold(term))), written: null })),
    ...domain.typedTerms.map((term) => ({ domain, folded: spaced(foldedSyllables(fold(term))), written: spaced(typedSyllables(term).typed ?? []) })),
  ]);
  return {
    domains,
    outside(text, names) {
      const { tokens, typed } = typedSyllables(text);
      const question = spaced(tokens);
      const asTyped = typed ? spaced(typed) : null;
      const said = terms.filter((t) => (t.written === null ? question.includes(t.folded) : asTyped?.includes(t.written) === true) && !askedIfRequired(question, t.folded));
      if (said.length === 0) return null;
      const spacedNames = [...names].map((name) => spaced(foldedSyllables(name)));
      // An everyday term stays even when some name holds it ("điện lực" in an electricity licence): the chosen record decides.
      const hit = said.find((t) => t.domain.everyday || !spacedNames.some((name) => name.includes(t.folded)));
      if (!hit) return null;
      const { id, label, handledBy, everyday } = hit.domain;
      const asked = REQUESTS.some((verb) => question.includes(` ${verb}${hit.folded}`));
      const written = hit.written?.trim();
      return { id, label, handledBy, term: hit.folded.trim(), ...(written ? { written } : {}), ...(everyday ? { everyday } : {}), ...(asked ? { asked } : {}) };
    },
  };
}

let shipped: TopicDomains | null = null;
/** The areas shipped in topic-domains.json. */
export function getTopicDomains(): TopicDomains {
  shipped ??= createTopicDomains(raw);
  return shipped;
}
