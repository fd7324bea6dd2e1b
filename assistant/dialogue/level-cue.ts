import type { Level, Procedure } from '../../knowledge/index.ts';
import type { RetrievedProcedure } from '../ports.ts';
import { foldText } from '../understand/fold.ts';
import { findHits } from '../understand/phrases.ts';

type NamedLevel = Exclude<Level, 'other'>;

/** How citizens name the level of the office they will go to. */
const LEVEL_CUES: Record<NamedLevel, readonly string[]> = {
  tỉnh: ['o tinh', 'cap tinh', 'tai tinh', 'tren tinh', 'len tinh', 'cong an tinh', 'phong quan ly xuat nhap canh', 'phong xuat nhap canh', 'so tu phap'],
  bộ: ['trung uong', 'cap trung uong', 'cap bo', 'o bo', 'o cuc', 'tai cuc', 'ra cuc', 'len cuc', 'cuc xnc', 'cuc quan ly', 'bo cong an', 'trung tam du lieu quoc gia'],
  xã: ['o xa', 'cap xa', 'o phuong', 'tai phuong', 'tai xa', 'uy ban xa', 'uy ban phuong', 'cong an phuong', 'cong an xa'],
};
const LEVEL_ORDER: readonly Level[] = ['xã', 'tỉnh', 'bộ', 'other'];

/** "ở tỉnh nào cũng được" names no level: a cue followed by "nào" is a question, not a choice. */
function namedLevels(words: readonly string[]): NamedLevel[] {
  return findHits(words, LEVEL_CUES)
    .filter((h) => words[h.end] !== 'nao')
    .map((h) => h.tag);
}

export function levelNamed(words: readonly string[]): boolean {
  return namedLevels(words).length > 0;
}

/** Keeps the candidates at the level the citizen named, when that tells them apart. */
export function preferLevel(words: readonly string[], candidates: RetrievedProcedure[]): RetrievedProcedure[] {
  const named = namedLevels(words);
  if (named.length === 0 || candidates.length < 2) return candidates;
  const matching = candidates.filter((c) => c.procedure.levels.some((l) => named.includes(l as NamedLevel)));
  return matching.length > 0 && matching.length < candidates.length ? matching : candidates;
}

/** "Cấp đổi thẻ căn cước (thực hiện tại cấp tỉnh)" and "(… cấp trung ương)": one service, two levels. */
export function sameServiceAtLevels(procedures: readonly Procedure[]): boolean {
  const base = (name: string) => foldText(name.replace(/\(\s*thực hiện tại[^)]*\)/giu, ''));
  return procedures.length > 1 && new Set(procedures.map((p) => base(p.name))).size === 1;
}

/** The procedure at the lowest level: where most citizens go (the province before the ministry). */
export function lowestLevel(procedures: readonly Procedure[]): Procedure {
  const rank = (p: Procedure) => Math.min(...p.levels.map((l) => LEVEL_ORDER.indexOf(l)), LEVEL_ORDER.length);
  return [...procedures].sort((a, b) => rank(a) - rank(b))[0] as Procedure;
}
