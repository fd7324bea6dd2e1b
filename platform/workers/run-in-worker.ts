import { Worker } from 'node:worker_threads';

/**
 * A worker thread running a TypeScript module. Workers get neither tsx's loader flags (Node 20
 * applies `--import` hooks too late there) nor Vitest's transform, so a tiny bootstrap registers
 * tsx in the worker and then imports the module.
 */
export function startTsWorker(module: URL, workerData: unknown): Worker {
  const bootstrap = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
register();
await import(${JSON.stringify(module.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData });
}

/** Runs a TypeScript module in a worker thread and resolves with the one message it posts. */
export function runInWorker<T>(module: URL, input: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = startTsWorker(module, input);
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
