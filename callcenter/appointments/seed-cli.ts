import { loadEnvOrExit } from '../../platform/app/load-env.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { seedExampleCentre } from './seed-centre.ts';

/** npm run seed:centre: loads the example centre (branches, counters, services) into the configured database. */
const env = loadEnvOrExit();
const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  await migrate(database);
  const seeded = await seedExampleCentre(database.db);
  console.log(seeded.branches > 0 ? `Đã nạp trung tâm ví dụ: ${seeded.branches} điểm tiếp nhận, ${seeded.counters} quầy, ${seeded.services} dịch vụ.` : 'Đã có điểm tiếp nhận; không nạp lại.');
} finally {
  await database.close();
}
