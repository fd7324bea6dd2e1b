/** Records the import skipped, grouped by the kind of problem so a summary stays short. */
export interface SkippedGroup {
  reason: string;
  count: number;
  /** A few places, e.g. "line 12 (1.004222)". */
  examples: string[];
}

const MAX_EXAMPLES = 5;

export function createSkippedRecords() {
  const groups = new Map<string, SkippedGroup>();
  return {
    add(item: { code: string | null; line: number | null; reason: string }): void {
      const reason = groupOf(item.reason);
      const group = groups.get(reason) ?? { reason, count: 0, examples: [] };
      group.count++;
      if (group.examples.length < MAX_EXAMPLES) group.examples.push(where(item));
      groups.set(reason, group);
    },
    total(): number {
      let sum = 0;
      for (const group of groups.values()) sum += group.count;
      return sum;
    },
    groups(): SkippedGroup[] {
      return [...groups.values()].sort((a, b) => b.count - a.count);
    },
  };
}

/** "file.json: invalid JSON: Unexpected token …" or "file.json[3]: invalid procedure: …" → the kind of problem. */
function groupOf(reason: string): string {
  const withoutFile = reason.replace(/^[^\s:]+\.(?:json|jsonl|gz)(?:\[\d+\])?:\s*/, '');
  const colon = withoutFile.indexOf(': ');
  return (colon > 0 ? withoutFile.slice(0, colon) : withoutFile).trim();
}

function where(item: { code: string | null; line: number | null; reason: string }): string {
  const parts = [item.line !== null ? `line ${item.line}` : null, item.code].filter(Boolean);
  return parts.length ? parts.join(' ') : item.reason.slice(0, 80);
}
