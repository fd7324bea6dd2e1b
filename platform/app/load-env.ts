import { ConfigError, parseEnv, type Env } from '../config/env.ts';

/** For process entry points: a bad environment ends the process with the one clear message, no stack. */
export function loadEnvOrExit(): Env {
  try {
    return parseEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
