import { loadEnvOrExit } from '../app/load-env.ts';
import { openDatabase } from './client.ts';
import { migrate } from './migrate.ts';

const env = loadEnvOrExit();
const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  await migrate(database);
  console.log(`Migrations applied (${database.driver}).`);
} finally {
  await database.close();
}
