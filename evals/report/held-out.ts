import type { EvalSummary } from '../metrics/aggregate.ts';
import type { AuthorSummary } from '../metrics/by-author.ts';

/**
 * The authors of a run, split for display: development authors (whose items may be used for
 * tuning) and held-out authors (named with `--heldout`), which are always shown apart and never
 * pooled with the development figures. The split changes no figure, only where it is shown.
 */
export interface AuthorGroups {
  development: [string, AuthorSummary][];
  /** Every author named as held out; the summary is null when the dataset has no item of theirs. */
  heldout: [string, AuthorSummary | null][];
}

export function groupAuthors(summary: EvalSummary, heldout: readonly string[]): AuthorGroups {
  const byAuthor = summary.by_author ?? {};
  const held = new Set(heldout);
  return {
    development: Object.entries(byAuthor).filter(([author]) => !held.has(author)),
    heldout: [...held].map((author) => [author, byAuthor[author] ?? null]),
  };
}

/** Parses `--heldout a,b`: names trimmed, empty ones and repeats dropped. */
export function parseHeldout(value: string | undefined): string[] {
  return [...new Set((value ?? '').split(',').map((name) => name.trim()).filter((name) => name.length > 0))];
}
