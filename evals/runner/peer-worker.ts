import { parentPort, workerData } from 'node:worker_threads';
import { createMiniSearchPeer, createOramaPeer, type Procedure } from '../../knowledge/index.ts';
import type { PeerSummary } from '../metrics/aggregate.ts';
import type { DatasetCase } from './load-dataset.ts';
import { runPeers, type PeerName, type PeerSearch } from './run-peers.ts';

/** What the eval hands a peer thread: which peer, the corpus as stored, and the dataset's cases. */
export interface PeerWorkerInput {
  peer: PeerName;
  procedures: Procedure[];
  cases: DatasetCase[];
}

const build: Record<PeerName, (procedures: Procedure[]) => PeerSearch | Promise<PeerSearch>> = {
  minisearch: createMiniSearchPeer,
  orama: createOramaPeer,
};

/** Builds one peer over the corpus and scores it: CPU-bound, so each peer runs in its own thread beside the conversations. */
async function scorePeer({ peer, procedures, cases }: PeerWorkerInput): Promise<PeerSummary> {
  const summaries = await runPeers(cases, { [peer]: await build[peer](procedures) });
  return summaries[peer]!;
}

parentPort?.postMessage(await scorePeer(workerData as PeerWorkerInput));
