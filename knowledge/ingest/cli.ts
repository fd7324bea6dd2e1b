import { parseArgs } from 'node:util';
import { embedderConfig } from '../../platform/config/embedder-config.ts';
import { ConfigError, parseEnv } from '../../platform/config/env.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { createEmbedder } from '../embeddings/index.ts';
import { ImportFileError, loadPopularity, popularityBeside } from '../importers/index.ts';
import { createProcedureStore } from '../store/index.ts';
import { estimateRecords } from './estimate-records.ts';
import { formatSummary } from './format-summary.ts';
import { ingestProcedures } from './ingest-procedures.ts';
import { createProgress } from './progress.ts';
import { INGEST_TEXT } from './strings.ts';

/** `npm run ingest -- <file or folder> [--popularity <popularity.json>]` */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { popularity: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(`${INGEST_TEXT.usage}\n${INGEST_TEXT.usageDetail}`);
    return 0;
  }
  const path = positionals[0];
  if (!path) {
    console.error(`${INGEST_TEXT.missingPath}\n${INGEST_TEXT.usage}`);
    return 1;
  }
  const env = parseEnv();
  const popularityFile = values.popularity ?? popularityBeside(path);
  const popularity = popularityFile ? await loadPopularity(popularityFile) : undefined;
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await migrate(database);
    const embedder = createEmbedder(embedderConfig(env));
    const store = createProcedureStore(database, embedder);
    console.error(INGEST_TEXT.starting(path, database.driver));
    const progress = createProgress(await estimateRecords(path));
    let summary;
    try {
      summary = await ingestProcedures(store, path, {
        ...(popularity ? { popularity } : {}),
        onProgress: (read) => progress.update(read),
        onReembed: (done, total) => progress.reembed(done, total),
      });
    } finally {
      progress.stop();
    }
    console.log(formatSummary(summary, await store.counts()));
    return 0;
  } finally {
    await database.close();
  }
}

/** A refused database connection or an unreadable file: the message says it all. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test(String((error as NodeJS.ErrnoException).code));
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // Expected failures get one clear line; anything else is a bug and keeps its stack.
    if (error instanceof ImportFileError || error instanceof ConfigError || isSystemError(error)) console.error(INGEST_TEXT.failed(error.message));
    else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${error.message}\n${INGEST_TEXT.usage}`);
    } else console.error(error);
    process.exitCode = 1;
  },
);
