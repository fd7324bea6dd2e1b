import { z } from 'zod';

/** Every setting the app reads, validated once at start-up and passed down. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_CHAT_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).default('text-embedding-3-small'),
  EMBEDDING_DIM: z.coerce.number().int().min(64).max(2000).default(512),
  /** Express's trust proxy: 'loopback' (default), 'false', 'true', a hop count, or addresses/subnets separated by commas. */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v)),
  /** When set, GET /metrics requires `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.string().min(16).optional(),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'a size such as 100kb').default('100kb'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  JOBS_POLL_MS: z.coerce.number().int().positive().default(500),
  /** false: this web process only enqueues; `npm run worker` processes run the jobs (needs DATABASE_URL). */
  RUN_JOBS: z.stringbool().default(true),
  SEED_SAMPLE_CORPUS: z.stringbool().default(true),
  /** Contact centre: opening hours on working days (Asia/Ho_Chi_Minh); a team marked always_open makes it 24/7. */
  CONSOLE_HOURS: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'hours such as 07:30-17:00').default('07:30-17:00'),
  /** Seconds an agent has to accept an offered conversation before it goes back to the queue. */
  CONSOLE_OFFER_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  /** Routing sweep (expired offers, missed changes) interval. */
  CONSOLE_ROUTING_INTERVAL_MS: z.coerce.number().int().min(100).default(5_000),
  /** Conversations older than this have their personal data erased by the retention job; statistics are kept. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),

  // Channels answered in the background (Zalo, SMS) and the M365 Agents endpoint. A channel whose
  // settings are missing is not mounted; start-up logs which channels are on.
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  CHANNEL_QUIET_MINUTES: z.coerce.number().int().positive().default(1440),
  CHANNEL_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(10),
  CHANNEL_TOKEN_KEY: z.string().regex(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=?)$/, '32 bytes as 64 hex digits or base64').optional(),
  ZALO_APP_ID: z.string().min(1).optional(),
  ZALO_APP_SECRET: z.string().min(1).optional(),
  ZALO_OA_SECRET_KEY: z.string().min(1).optional(),
  ZALO_ACCESS_TOKEN: z.string().min(1).optional(),
  ZALO_REFRESH_TOKEN: z.string().min(1).optional(),
  ZALO_API_BASE_URL: z.url().default('https://openapi.zalo.me'),
  ZALO_OAUTH_BASE_URL: z.url().default('https://oauth.zaloapp.com'),
  SMS_PROVIDER: z.enum(['esms', 'twilio']).optional(),
  SMS_UNICODE: z.stringbool().default(false),
  SMS_MAX_PARTS: z.coerce.number().int().min(1).max(10).default(3),
  SMS_RATE_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(20),
  ESMS_API_KEY: z.string().min(1).optional(),
  ESMS_SECRET_KEY: z.string().min(1).optional(),
  ESMS_BRANDNAME: z.string().min(1).optional(),
  ESMS_SMS_TYPE: z.coerce.number().int().default(2),
  ESMS_SANDBOX: z.stringbool().default(false),
  ESMS_API_BASE_URL: z.url().default('https://rest.esms.vn'),
  ESMS_PRIVATE_KEY: z.string().min(1).optional(),
  ESMS_CALLBACK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{24,128}$/, 'at least 24 URL-safe random characters').optional(),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'AC followed by 32 hex digits').optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  TWILIO_FROM: z.string().min(1).optional(),
  TWILIO_API_BASE_URL: z.url().optional(),
  // Voice line (channels/voice). Twilio voice is on with TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and
  // PUBLIC_BASE_URL; Stringee with VOICE_STRINGEE_URL_SECRET and PUBLIC_BASE_URL.
  VOICE_ADDRESS_AS: z.string().min(1).max(20).default('bác'),
  VOICE_MENU_FILE: z.string().min(1).optional(),
  VOICE_RESUME_MINUTES: z.coerce.number().int().min(0).max(1440).default(30),
  VOICE_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.2),
  VOICE_RECORD_SECONDS: z.coerce.number().int().min(10).max(600).default(120),
  VOICE_SPEECH_TIMEOUT: z.coerce.number().int().min(1).max(10).default(3),
  VOICE_INPUT_TIMEOUT: z.coerce.number().int().min(2).max(30).default(6),
  VOICE_TWILIO_VOICE: z.string().regex(/^Google\.vi-VN-[A-Za-z0-9-]+$/, 'a Google vi-VN voice such as Google.vi-VN-Standard-A').default('Google.vi-VN-Standard-A'),
  VOICE_TWILIO_SPEECH_MODEL: z.string().min(1).optional(),
  VOICE_STRINGEE_URL_SECRET: z.string().regex(/^[A-Za-z0-9_-]{24,128}$/, 'at least 24 URL-safe random characters').optional(),
  VOICE_STRINGEE_SIGNING_SECRET: z.string().min(8).optional(),
  VOICE_STRINGEE_NUMBER: z.string().regex(/^\+?\d{6,15}$/).optional(),
  VOICE_STRINGEE_AGENT: z.string().regex(/^(internal|external):[A-Za-z0-9_.+-]{1,64}$/, 'internal:<user id> or external:<phone number>').optional(),
  VOICE_STRINGEE_VOICE: z.string().min(1).default('hn_female_ngochuyen_full_48k-fhg'),
  VOICE_STRINGEE_SPEED: z.coerce.number().min(-3).max(3).default(0),
  AGENTS_ENABLED: z.stringbool().default(false),
  connections__serviceConnection__settings__clientId: z.string().min(1).optional(),
  connections__serviceConnection__settings__clientSecret: z.string().min(1).optional(),
  connections__serviceConnection__settings__tenantId: z.string().min(1).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

/** Every setting's name (what .env.example must document). */
export const ENV_KEYS: readonly string[] = Object.keys(EnvSchema.shape);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting and its default.`);
    this.name = 'ConfigError';
  }
}

/** Empty strings count as unset, so `FOO=` in a .env file falls back to the default. */
function withoutEmpty(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(withoutEmpty(source));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    return `${name}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}
