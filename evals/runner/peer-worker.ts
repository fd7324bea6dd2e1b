import { parentPort, workerData } from 'node:worker_threads';
import { createMiniSearchPeer, createOramaPeer, type Procedure } from '../../knowledge/index.ts';
import type { PeerSummary } from '../metrics/aggregate.ts';
import type { DatasetCase } from './load-dataset.ts';
import { runPeers } from './run-peers.ts';

/** What the eval hands the peer thread: the corpus as stored, and the dataset's cases. */
export interface PeerWorkerInput {
  procedures: Procedure[];
  cases: DatasetCase[];
}

/** Builds MiniSearch and Orama over the corpus and scores them: CPU-bound, so it runs beside the conversations. */
async function scorePeers({ procedures, cases }: PeerWorkerInput): Promise<Record<string, PeerSummary>> {
  return runPeers(cases, { minisearch: createMiniSearchPeer(procedures), orama: await createOramaPeer(procedures) });
}

parentPort?.postMessage(await scorePeers(workerData as PeerWorkerInput));
