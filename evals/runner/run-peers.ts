import { rankingSummary, type PeerSummary } from '../metrics/aggregate.ts';
import type { DatasetCase } from './load-dataset.ts';

/** The peer search engines every run reports. */
export const PEERS = ['minisearch', 'orama'] as const;
export type PeerName = (typeof PEERS)[number];

/** A stateless search engine over the same corpus (MiniSearch, Orama): query in, codes out. */
export interface PeerSearch {
  search(query: string, limit: number): string[] | Promise<string[]>;
}

/**
 * Retrieval of each peer on every turn that expects procedures. Peers have no dialogue state, so
 * each gets only that turn's text: the gap to the assistant on follow-ups is what dialogue adds.
 */
export async function runPeers(cases: readonly DatasetCase[], peers: Record<string, PeerSearch>): Promise<Record<string, PeerSummary>> {
  const questions = cases.flatMap((c) =>
    c.turns.flatMap((turn) => ((turn.expect?.procedures?.length ?? 0) > 0 ? [{ text: turn.text, expected: turn.expect?.procedures ?? [] }] : [])),
  );
  const summaries: Record<string, PeerSummary> = {};
  for (const [name, peer] of Object.entries(peers)) {
    const items = [];
    for (const question of questions) items.push({ ranked: await peer.search(question.text, 5), expected: question.expected });
    summaries[name] = rankingSummary(items);
  }
  return summaries;
}
