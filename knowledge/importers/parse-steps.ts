import { cleanBlock, cleanLine } from './clean-text.ts';

/**
 * trinh_tu_thuc_hien: steps with line breaks. When the text numbers its steps ("Bước 1: …"),
 * each "Bước N" opens a step and the lines under it belong to it; otherwise each line is a step.
 */

const STEP_MARK = /(?:^|\n|(?<=[.;:]\s?))[\s\-+*•]*(?:[a-z]\)\s*)?Bước\s*\d+\s*[.:)-]?/gi;

export function parseSteps(field: string): string[] {
  const text = cleanBlock(field);
  if (text.length === 0) return [];
  const starts = [...text.matchAll(STEP_MARK)].map((match) => match.index ?? 0);
  if (starts.length < 2) return text.split('\n').map((line) => cleanLine(line)).filter((line) => line.length > 0);
  const steps: string[] = [];
  const preamble = cleanLine(text.slice(0, starts[0]));
  if (preamble.length > 0) steps.push(preamble);
  starts.forEach((start, i) => {
    const step = cleanLine(text.slice(start, starts[i + 1] ?? text.length));
    if (step.length > 0) steps.push(step);
  });
  return steps;
}
