import { runInWorker } from '../../platform/workers/run-in-worker.ts';
import { centroidClassifier, createBankCentroids, type BankCentroids, type Phrasing } from './bank-centroids.ts';
import { SOFTMAX_OPTIONS, type SoftmaxOptions } from './bank-softmax.ts';
import type { CentroidWorkerInput } from './centroid-worker.ts';
import { unpackCentroidModel, type PackedCentroidModel } from './pack-centroid-model.ts';

const WORKER = new URL('./centroid-worker.ts', import.meta.url);

/**
 * Fewer phrasings than this are learned inline. Learning costs about 0.3 ms a phrasing, so the
 * sample corpus's 600 hold the event loop for 0.2-0.3 s once, less than a worker thread takes just
 * to start (0.4-0.5 s: tsx registers itself in it), which every test's retriever would also pay.
 * The full corpus's 9,618 phrasings take 3-5 s, which no request should wait behind.
 * train-bank-centroids.test.ts learns the shipped bank through the worker.
 */
export const INLINE_BELOW = 1_000;

export interface TrainOptions {
  /** As createBankCentroids: the shipped options, or null for the centroids alone. */
  softmax?: SoftmaxOptions | null;
  inlineBelow?: number;
  /** The worker module; a test points it at one that fails. */
  worker?: URL;
}

/**
 * The classifier createBankCentroids builds, learned in a worker thread so that the event loop
 * keeps serving requests meanwhile: the same phrasings give the same model (training is
 * deterministic), handed back by transfer. Should the worker fail, the model is learned inline:
 * slower, but every answer stays the same.
 */
export async function trainBankCentroids(phrasings: readonly Phrasing[], options: TrainOptions = {}): Promise<BankCentroids> {
  const softmax = options.softmax === undefined ? SOFTMAX_OPTIONS : options.softmax;
  if (phrasings.length < (options.inlineBelow ?? INLINE_BELOW)) return createBankCentroids(phrasings, softmax);
  try {
    const input: CentroidWorkerInput = { centroidWorker: true, phrasings, softmax };
    const packed = await runInWorker<PackedCentroidModel>(options.worker ?? WORKER, input);
    return centroidClassifier(await unpackCentroidModel(packed), softmax);
  } catch (error) {
    // knowledge/ has no logger; the message says what failed, never a phrasing.
    console.warn(`knowledge: the procedure classifier's worker thread failed (${error instanceof Error ? error.message : String(error)}); learning it inline`);
    return createBankCentroids(phrasings, softmax);
  }
}
