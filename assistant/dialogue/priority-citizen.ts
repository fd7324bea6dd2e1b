import { foldText } from '../understand/fold.ts';

/** Citizens served first by law and practice: elderly, disabled, pregnant, people with merit. */
const PRIORITY_CUES = [
  'nguoi cao tuoi', 'cao tuoi', 'nguoi gia', 'khuyet tat', 'tan tat', 'xe lan', 'mang thai', 'co thai', 'dang bau', 'co bau',
  'nguoi co cong', 'thuong binh', 'liet si', 'me viet nam anh hung', 'benh binh',
];

export function isPriorityCitizen(texts: readonly string[], elderly: boolean): boolean {
  if (elderly) return true;
  return texts.some((t) => {
    const folded = ` ${foldText(t)} `;
    return PRIORITY_CUES.some((cue) => folded.includes(` ${cue} `));
  });
}
