import type { RetrievedProcedure } from '../ports.ts';
import { FILLER_WORDS } from '../understand/filler-words.ts';
import { foldedWords } from '../understand/fold.ts';
import { sameServiceAtLevels } from './level-cue.ts';
import { coreName } from './same-service.ts';
import { VARIANT_WORDS } from './variants.ts';

/*
 * How much of what the citizen said a procedure's name covers, among candidates of close scores:
 * a longer name that adds the citizen's own words is the narrower service they asked for, one that
 * adds words they never said is no reason to ask, and among different services the one whose name
 * says far more of the question is the one meant.
 */

/** Name words that say nothing of what a service is about ("đăng ký", "giấy", "thủ tục"). */
const NAME_FILLER = new Set([...FILLER_WORDS, ...VARIANT_WORDS]);

/** Adjacent word pairs of a list, as "a b". */
const pairsOf = (words: readonly string[]): Set<string> => new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));

/** The service a name states, without its leading variant or "thủ tục" ("đăng ký thường trú"), folded. */
function servicePhrase(name: string): string {
  const words = foldedWords(coreName(name));
  let from = 0;
  while (from < words.length && (VARIANT_WORDS.has(words[from]!) || words[from] === 'thu' || words[from] === 'tuc')) from++;
  return words.slice(from).join(' ');
}

/**
 * The candidate's service words when its service is the lead's, narrowed ("đăng ký khai sinh lưu
 * động" for "đăng ký khai sinh"); null otherwise. Only the service itself: who it is for and where it
 * is done are told apart elsewhere (levels, kinds).
 */
function narrowerCore(lead: RetrievedProcedure, candidate: RetrievedProcedure): string[] | null {
  const service = servicePhrase(lead.procedure.name);
  const core = foldedWords(coreName(candidate.procedure.name));
  const spacedCore = ` ${core.join(' ')} `;
  return service.split(' ').length >= 2 && spacedCore !== ` ${service} ` && spacedCore.includes(` ${service} `) ? core : null;
}

/**
 * A candidate whose name holds the first's whole service and adds what the citizen said ("xác nhận
 * diện tích nhà ở bình quân để đăng ký thường trú" for "đăng ký thường trú … xác nhận diện tích nhà
 * ở"): the citizen named the narrower service, which a search ranks lower for its longer name. It
 * must add at least three of the question's content words, two of them side by side as in its name,
 * so words in passing ("nhà thuê", "chỗ thường trú") do not pull the question to a narrower service.
 */
export function preferMoreSpecific(words: readonly string[], fitting: RetrievedProcedure[]): RetrievedProcedure[] {
  const [first, ...rest] = fitting;
  if (!first) return fitting;
  const service = servicePhrase(first.procedure.name);
  if (service.split(' ').length < 2) return fitting;
  const asked = new Set(words);
  const askedPairs = pairsOf(words);
  const firstName = new Set(foldedWords(first.procedure.name));
  const narrower = rest.find((c) => {
    const name = foldedWords(c.procedure.name);
    if (!` ${name.join(' ')} `.includes(` ${service} `)) return false;
    const added = new Set(name.filter((w) => !firstName.has(w) && !NAME_FILLER.has(w) && asked.has(w)));
    const addedPair = [...pairsOf(name)].some((pair) => askedPairs.has(pair) && pair.split(' ').some((w) => added.has(w)));
    return added.size >= 3 && addedPair;
  });
  return narrower ? [narrower, ...rest.filter((c) => c !== narrower)] : fitting;
}

/**
 * How much more the example bank must favour a narrower service than the first candidate before it
 * leads. Chosen on the development sets.
 */
const BANK_MARGIN = 0.05;
/** A search this sure of its first candidate is not overruled by the bank ("đăng ký kết hôn ở ủy ban xã"). */
const SEARCH_SURE = 0.9;

/**
 * The narrower service the example bank ranks first ("… khai sinh kết hợp đăng ký nhận cha, mẹ, con"
 * for "chưa cưới … ghi tên bố trong giấy khai sinh"): citizens describe the situation, not the name's
 * extra words, and the first candidate is only the broader name the question contains.
 */
export function preferBankNarrower(fitting: RetrievedProcedure[]): RetrievedProcedure[] {
  const [first, ...rest] = fitting;
  if (!first) return fitting;
  if (first.confidence >= SEARCH_SURE) return fitting;
  const narrower = rest.find((c) => c.bank?.rank === 0 && c.bank.relevance >= (first.bank?.relevance ?? 0) + BANK_MARGIN && narrowerCore(first, c) !== null);
  return narrower ? [narrower, ...rest.filter((c) => c !== narrower)] : fitting;
}

/**
 * The service the citizen named in full ("đăng ký khai sinh có mất phí không") when the first
 * candidate only narrows it with words they never said ("… có yếu tố nước ngoài"): the named one
 * leads, unless the example bank ranks the narrower one first (citizens describe its situation
 * without its extra words, see preferBankNarrower).
 */
export function preferNamedBroader(words: readonly string[], fitting: RetrievedProcedure[]): RetrievedProcedure[] {
  const [first, ...rest] = fitting;
  if (!first || first.named || first.bank?.rank === 0) return fitting;
  const broader = rest.find((c) => c.named && unaskedNarrowing(words, c, first));
  return broader ? [broader, ...rest.filter((c) => c !== broader)] : fitting;
}

/**
 * A candidate that narrows the lead's service with words the citizen never said ("Thủ tục đăng ký
 * khai tử lưu động" beside "Thủ tục đăng ký khai tử"): nothing in the question asks for it, so it
 * is no reason to ask.
 */
export function unaskedNarrowing(words: readonly string[], lead: RetrievedProcedure, candidate: RetrievedProcedure): boolean {
  if (sameServiceAtLevels([lead.procedure, candidate.procedure])) return false;
  const name = narrowerCore(lead, candidate);
  if (name === null) return false;
  const leadName = new Set(foldedWords(lead.procedure.name));
  const asked = new Set(words);
  const added = name.filter((w) => !leadName.has(w) && !NAME_FILLER.has(w));
  return added.length > 0 && !added.some((w) => asked.has(w));
}

/** Content words of a name the question also says. */
function saidInName(asked: ReadonlySet<string>, name: string): Set<string> {
  return new Set(foldedWords(name).filter((w) => !NAME_FILLER.has(w) && asked.has(w)));
}

/**
 * Among close services (not variants or levels of one), the one whose name says far more of what the
 * citizen said ("nhà giáo đã nghỉ hưu chưa được hưởng phụ cấp thâm niên" beside a lump sum for
 * emigrants): at least two more of the question's content words than any other, two side by side.
 */
export function bestExplained(words: readonly string[], group: readonly RetrievedProcedure[]): RetrievedProcedure | undefined {
  if (group.length < 2) return undefined;
  const asked = new Set(words);
  const askedPairs = pairsOf(words);
  const scored = group.map((c) => ({ c, said: saidInName(asked, c.procedure.name) })).sort((a, b) => b.said.size - a.said.size);
  const [first, second] = scored;
  if (!first || !second || first.said.size < second.said.size + 2) return undefined;
  const pair = [...pairsOf(foldedWords(first.c.procedure.name))].some((p) => askedPairs.has(p) && p.split(' ').every((w) => first.said.has(w)));
  return pair ? first.c : undefined;
}
