/**
 * npm run bench:startup — time-to-ready of `npm start` on the embedded default (PGlite, in-process
 * jobs) and resident memory at idle. Target: warm start under 3 s.
 * Runs the real entry point in a child process: a first start on an empty data folder (creates
 * the database, migrates, loads the sample corpus) and warm starts on the same folder.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const WARM_RUNS = 3;

interface StartResult {
  readyMs: number;
  idleRssMb: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function startOnce(dataDir: string, port: number): Promise<StartResult> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'platform/app/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('http://localhost')) resolve();
      });
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    if (!health.ok) throw new Error(`/healthz answered ${health.status}`);
    const readyMs = performance.now() - started;
    await new Promise((r) => setTimeout(r, 2000)); // let start-up jobs settle: idle
    return { readyMs, idleRssMb: rssMb(child.pid ?? 0) };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-bench-'));
try {
  const first = await startOnce(dataDir, 3901);
  const warm: StartResult[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(await startOnce(dataDir, 3902 + i));
  const sorted = warm.map((w) => w.readyMs).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log('bench:startup (embedded PGlite, in-process jobs, process spawn to /healthz)');
  console.log(`  first start (new data folder, migrations, sample corpus): ${Math.round(first.readyMs)} ms, idle RSS ${first.idleRssMb} MB`);
  console.log(`  warm start, median of ${WARM_RUNS}: ${Math.round(median)} ms (target < 3000 ms), idle RSS ${warm.at(-1)?.idleRssMb ?? 0} MB`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
