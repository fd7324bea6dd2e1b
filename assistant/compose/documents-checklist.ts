import type { DocumentCase, ProcedureDocument } from '../../knowledge/index.ts';
import type { ReplySections } from '../reply.ts';
import { foldText } from '../understand/fold.ts';
import { cleanLabel, quantity } from './aspect-documents.ts';
import type { Block, ComposeContext } from './block.ts';
import { capWords, essentialDocument, type EssentialDocument } from './essential-document.ts';
import { sentence, speakableName } from './speakable.ts';
import { T } from './strings.ts';

/** A checklist one reads at a glance: a few papers per case, a dozen in all. */
const MAX_PER_CASE = 6;
const MAX_ITEMS = 10;
const MAX_SPOKEN_ITEMS = 6;
const MAX_HEADING_CHARS = 90;
const MAX_QUANTITY_CHARS = 60;

/** A "case" of the record that only gathers notes ("Trường hợp lưu ý"). */
const NOTES_CASE = /(lưu ý|ghi chú|chú ý)(?=[\s:.,-]|$)/iu;

/** "Trường hợp … (đơn vị đóng quân, nhà ở công vụ) hồ sơ gồm" → "Trường hợp …". */
function heading(label: string): string {
  const bare = cleanLabel(label).replace(/\s*\([^()]*\)/g, '').replace(/,?\s*(?:thì\s+)?hồ sơ (?:gồm|bao gồm)$/iu, '');
  return T.caseHeading(capWords(bare, MAX_HEADING_CHARS));
}

interface Item {
  doc: ProcedureDocument;
  essential: EssentialDocument & { label: string };
}

function exemptionText(exemption: EssentialDocument['exemption']): string | null {
  return exemption === 'database' ? T.exemptInDatabase : exemption === 'electronic' ? T.exemptElectronic : null;
}

/** "Giấy tờ chứng minh chỗ ở hợp pháp — không cần nếu thông tin đã có trong Cơ sở dữ liệu". */
export function checklistLabel(e: EssentialDocument & { label: string }): string {
  const notes = [e.condition, exemptionText(e.exemption)].filter((n): n is string => n !== null);
  return notes.length > 0 ? `${e.label} — ${notes.join('; ')}` : e.label;
}

/** Plain-language mode: one short clause of condition, no exemption (it is in the full wording). */
const ELDERLY_CONDITION_CHARS = 40;

function line(item: Item, elderly: boolean): string {
  const count = capWords(quantity(item.doc), MAX_QUANTITY_CHARS);
  const { condition, exemption } = item.essential;
  const notes = elderly ? [condition && capWords(condition, ELDERLY_CONDITION_CHARS)].filter(Boolean) : [condition, exemptionText(exemption)].filter(Boolean);
  return `• ${item.essential.label}${count ? `: ${count}` : ''}${notes.length > 0 ? ` — ${notes.join('; ')}` : ''}`;
}

/** The papers of one case, each once; notes ("Lưu ý", "Trường hợp … thì cơ quan …") are left for the full wording. */
function papersOf(c: DocumentCase): Item[] {
  if (c.case !== null && NOTES_CASE.test(c.case)) return [];
  const byLabel = new Map<string, Item>();
  for (const doc of c.documents) {
    const essential = essentialDocument(doc.name);
    if (essential.label !== null && !byLabel.has(essential.label)) byLabel.set(essential.label, { doc, essential: { ...essential, label: essential.label } });
  }
  // What everyone brings first, then what only some cases need.
  const items = [...byLabel.values()];
  return [...items.filter((i) => i.essential.condition === null), ...items.filter((i) => i.essential.condition !== null)];
}

/** Papers compared by their form code when they have one ("Tờ khai … (mẫu CT01)"), else by their essential name. */
function itemKey(item: Item): string {
  const form = item.essential.label.match(/\(mẫu ([^)]+)\)$/u);
  return `${form ? `form ${form[1]}` : foldText(item.essential.label)}|${item.essential.condition ?? ''}`;
}

/** Items found in at least two cases, each once, in the order first met. */
function sharedItems(cases: readonly Item[][]): Item[] {
  const count = new Map<string, { item: Item; n: number }>();
  for (const items of cases) {
    for (const key of new Set(items.map(itemKey))) {
      const first = items.find((i) => itemKey(i) === key) as Item;
      const seen = count.get(key);
      count.set(key, { item: seen?.item ?? first, n: (seen?.n ?? 0) + 1 });
    }
  }
  return [...count.values()].filter((c) => c.n >= 2).map((c) => c.item);
}

/**
 * The short documents answer, or null when no item of the record reads as a paper to bring
 * (the full wording is shown then, capped for the channel).
 */
export function shortDocumentsBlock(ctx: ComposeContext, shown: readonly DocumentCase[], unshown: readonly string[]): Block | null {
  // The general list first: it applies to everyone.
  const ordered = [...shown.filter((c) => c.case === null), ...shown.filter((c) => c.case !== null)];
  const cases = ordered.map((c) => ({ source: c, items: papersOf(c) })).filter((c) => c.items.length > 0);
  if (cases.length === 0) return null;
  const all = shown.reduce((n, c) => n + c.documents.length, 0);
  const labelled = cases.filter((c) => c.source.case !== null);
  const grouped = labelled.length > 1;
  const lines: string[] = [];
  if (ctx.caseNotInRecord) lines.push(T.noCaseForCue);
  if (ctx.caseLabel !== null && labelled.length === 1) lines.push(T.documentsForCase(capWords(cleanLabel(ctx.caseLabel), MAX_HEADING_CHARS)));
  else lines.push(grouped ? T.documentsDependOnCase : T.documentsTitle);
  // A paper several cases ask for (the declaration form, most often) is said once, first.
  const shared = grouped ? sharedItems(cases.map((c) => c.items)) : [];
  if (shared.length > 0) lines.push(T.sharedHeading, ...shared.map((i) => line(i, ctx.elderly)));
  let budget = MAX_ITEMS - shared.length;
  let listed = shared.length;
  const unlisted: string[] = [];
  for (const c of cases) {
    const own = c.items.filter((i) => !shared.some((s) => itemKey(s) === itemKey(i)));
    if (own.length === 0) continue;
    if (budget <= 0) {
      if (c.source.case !== null) unlisted.push(capWords(cleanLabel(c.source.case), MAX_HEADING_CHARS));
      continue;
    }
    if (grouped) lines.push(c.source.case === null ? T.generalHeading : heading(c.source.case));
    const take = own.slice(0, Math.min(MAX_PER_CASE, budget));
    lines.push(...take.map((i) => line(i, ctx.elderly)));
    if (own.length > take.length) lines.push(T.moreItems);
    budget -= take.length;
    listed += take.length;
  }
  const others = [...unlisted, ...(ctx.caseLabel === null ? unshown.map((u) => capWords(cleanLabel(u), MAX_HEADING_CHARS)) : [])];
  if (others.length > 0) lines.push(T.otherCases(others.join('; ')));
  const items = cases.flatMap((c) => c.items);
  const labels = [...new Set(items.map((i) => i.essential.label))];
  const shortened = listed < all || items.some((i) => i.essential.label !== cleanLabel(i.doc.name)) || cases.length < shown.length;
  const sections: ReplySections = {
    documents: cases.map((c) => ({
      case: c.source.case,
      items: c.items.map(({ doc, essential }) => ({
        name: doc.name,
        label: checklistLabel(essential),
        originals: doc.originals,
        copies: doc.copies,
        quantityText: doc.quantityText,
        forms: doc.forms,
      })),
    })),
  };
  return {
    lines,
    speech: [T.documentsSpeech, ...labels.slice(0, MAX_SPOKEN_ITEMS).map((l) => sentence(speakableName(l)))],
    sms: [`${T.documentsTitle} ${labels.join('; ')}`],
    sections,
    shortened,
  };
}
