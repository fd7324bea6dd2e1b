/**
 * `npm run ask -- "câu hỏi"`: one conversation with the real assistant (database, retriever,
 * stores as configured by the environment), from a terminal. `--json` prints the structured reply.
 */
import { randomUUID } from 'node:crypto';
import { loadEnvOrExit } from '../../platform/app/load-env.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { createAppServices } from '../../platform/app/services.ts';
import { parseAskArgs, USAGE } from './ask-args.ts';
import { formatReply } from './format-reply.ts';

const args = parseAskArgs(process.argv.slice(2));
if ('error' in args) {
  if (args.error) console.error(args.error);
  console.error(USAGE);
  process.exit(args.error ? 2 : 0);
}

const env = loadEnvOrExit();
// Logs go to stderr so that `--json` output stays clean.
const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr);
const services = await createAppServices(env, logger);
try {
  const conversationId = `cli-${randomUUID()}`;
  const replies = [];
  for (const question of args.questions) {
    const reply = await services.assistant.handleTurn({ conversationId, channel: args.channel, text: question, elderly: args.elderly || undefined });
    replies.push(reply);
    if (!args.json) console.log(formatReply(question, reply));
  }
  if (args.json) console.log(JSON.stringify(replies.length === 1 ? replies[0] : replies, null, 2));
} finally {
  await services.close();
}
