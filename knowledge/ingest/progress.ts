import cliProgress from 'cli-progress';
import { INGEST_TEXT } from './strings.ts';

export interface Progress {
  update(read: number): void;
  reembed(done: number, total: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr when it is a terminal; plain lines (at most one every few seconds)
 * when output goes to a file or a CI log, where redrawn bars turn into noise.
 */
export function createProgress(total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY && total) {
    const bar = new cliProgress.SingleBar(
      { format: INGEST_TEXT.progressFormat, stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return {
      update: (read) => bar.update(Math.min(read, total)),
      reembed: (done, all) => stream.write(`\r${INGEST_TEXT.reembedLine(done, all)}`),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  const throttled = (line: string) => {
    const now = Date.now();
    if (now - last < 3000) return;
    last = now;
    stream.write(`${line}\n`);
  };
  return {
    update: (read) => throttled(INGEST_TEXT.progressLine(read, total)),
    reembed: (done, all) => throttled(INGEST_TEXT.reembedLine(done, all)),
    stop: () => undefined,
  };
}
