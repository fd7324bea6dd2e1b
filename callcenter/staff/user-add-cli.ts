import { createInterface } from 'node:readline';
import { loadEnvOrExit } from '../../platform/app/load-env.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { createUser } from './create-user.ts';
import { parseUserAddArgs, USAGE } from './user-add-args.ts';

/** Reads the password: the first line of stdin, or typed twice at the terminal without echo. */
async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const output = rl as unknown as { _writeToOutput: (s: string) => void };
      process.stdout.write(prompt);
      output._writeToOutput = () => undefined; // no echo
      rl.question('', (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Mật khẩu: ');
  const second = await ask('Nhập lại mật khẩu: ');
  if (first !== second) throw new Error('Hai lần nhập mật khẩu không khớp.');
  return first;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseUserAddArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : USAGE);
    process.exitCode = 2;
    return;
  }
  const password = await readPassword(args.passwordStdin);
  const env = loadEnvOrExit();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await migrate(database);
    const { id } = await createUser(database.db, { ...args, password });
    console.log(`Đã tạo tài khoản ${args.email} (${args.role}), id ${id}.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}

await main();
