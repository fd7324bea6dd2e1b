import { parentPort, workerData } from 'node:worker_threads';
import { LocalHashEmbedder } from '../embeddings/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { prepareBatch, type VariantJob } from './synthetic-batch.ts';
import type { VariantStyle } from './synthetic-corpus.ts';

/** What load-synthetic.ts passes to each worker; the marker keeps this module inert anywhere else. */
export interface SyntheticWorkerData {
  syntheticWorker: true;
  procedures: Procedure[];
  style: VariantStyle;
}

/** Worker thread of the scale bench's loader: prepares the batches it is sent, off the main thread. */
const data = workerData as Partial<SyntheticWorkerData> | null;
if (parentPort && data?.syntheticWorker) {
  const port = parentPort;
  const { procedures = [], style = 'province-in-name' } = data;
  const embedder = new LocalHashEmbedder();
  port.on('message', (job: VariantJob) => {
    void prepareBatch(procedures, job, style, embedder).then((batch) => port.postMessage(batch, [batch.copy]));
  });
}
