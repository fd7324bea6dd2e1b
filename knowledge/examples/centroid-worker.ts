import { parentPort, workerData } from 'node:worker_threads';
import { learnCentroidModel, type Phrasing } from './bank-centroids.ts';
import type { SoftmaxOptions } from './bank-softmax.ts';
import { packCentroidModel } from './pack-centroid-model.ts';

/** What train-bank-centroids.ts passes to the worker; the marker keeps this module inert anywhere else. */
export interface CentroidWorkerInput {
  centroidWorker: true;
  phrasings: readonly Phrasing[];
  softmax: SoftmaxOptions | null;
}

/** Worker thread that learns a centroid model and posts it back packed, its typed arrays transferred. */
const input = workerData as Partial<CentroidWorkerInput> | null;
if (parentPort && input?.centroidWorker) {
  const { packed, transfer } = packCentroidModel(learnCentroidModel(input.phrasings ?? [], input.softmax ?? null));
  parentPort.postMessage(packed, transfer);
}
