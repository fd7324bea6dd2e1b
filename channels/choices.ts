/** True when the text already shows every choice as a numbered line ("1. label"). */
export function listsChoices(text: string, choices: readonly { n: number; label: string }[]): boolean {
  return choices.every((c) => text.includes(`${c.n}. ${c.label}`));
}
