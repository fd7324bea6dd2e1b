import { Worker } from 'node:worker_threads';

/**
 * Runs a TypeScript module in a worker thread with `input` as its workerData and resolves with the
 * one message it posts. Workers get neither tsx's loader flags (Node 20 applies `--import` hooks
 * too late there) nor Vitest's transform, so a tiny bootstrap registers tsx and then imports it.
 */
export function runInWorker<T>(module: URL, input: unknown): Promise<T> {
  const bootstrap = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
register();
await import(${JSON.stringify(module.href)});`;
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData: input });
    let answered = false;
    worker.once('message', (message: T) => {
      answered = true;
      resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`${module.pathname} stopped (exit code ${code}) without an answer`));
    });
  });
}
