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
  /** BullMQ's key prefix in Redis: apps on their own databases that share one Redis need their own (job ids repeat across databases). */
  JOBS_REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/).default('bull'),
  // A worker process lowers its CPU priority by this much (0–19), so that on a shared host the web
  // process still acknowledges webhooks fast while a backlog of turns is worked off.
  WORKER_NICE: z.coerce.number().int().min(0).max(19).default(10),
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
  /** Complaints (phản ánh, kiến nghị): deadlines, classes, code format as JSON over the legal defaults (callcenter/complaints/policy.ts). */
  COMPLAINTS_POLICY: z.string().min(2).optional(),
  /** Signs the public form's time token; set it when several web processes serve the form (default: random per process). */
  COMPLAINTS_FORM_SECRET: z.string().min(16).optional(),
  /** A form sent sooner than this after it was shown is refused as a bot. */
  COMPLAINTS_FORM_MIN_SECONDS: z.coerce.number().int().min(0).max(600).default(3),
  /** Filings (and ratings) accepted per address per hour; more get a 429. */
  COMPLAINTS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** How often the deadline job checks reminders, escalations and apologies. */
  COMPLAINTS_CHECK_INTERVAL_MS: z.coerce.number().int().min(1000).default(300_000),
  /** A bot-only conversation quiet this long gets the satisfaction survey. */
  CSAT_QUIET_MINUTES: z.coerce.number().int().min(1).default(30),

  // Appointments (callcenter/appointments): hours on working days in Asia/Ho_Chi_Minh, lunch break between windows.
  APPOINTMENT_HOURS: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}(,\d{2}:\d{2}-\d{2}:\d{2})*$/, 'windows such as 07:30-11:30,13:30-17:00').default('07:30-11:30,13:30-17:00'),
  /** Slot length of a service that sets none; every slot length is a multiple of it. */
  APPOINTMENT_SLOT_MINUTES: z.coerce.number().int().min(5).max(120).default(15),
  APPOINTMENT_DAYS_AHEAD: z.coerce.number().int().min(1).max(90).default(14),
  /** Share of each counter's seats per slot kept for priority citizens (elderly, disability, pregnant, người có công). */
  APPOINTMENT_PRIORITY_SHARE: z.coerce.number().min(0).max(1).default(0.25),
  /** Hours before a slot when its unused priority seats open to everyone. */
  APPOINTMENT_PRIORITY_RELEASE_HOURS: z.coerce.number().int().min(0).max(168).default(24),
  /** A slot must start at least this many minutes from now. */
  APPOINTMENT_MIN_LEAD_MINUTES: z.coerce.number().int().min(0).max(1440).default(30),
  /** Minutes after the start a booking not checked in is released as a no-show. */
  APPOINTMENT_NO_SHOW_GRACE_MINUTES: z.coerce.number().int().min(1).max(240).default(15),
  /** Public booking API: requests per minute per address. */
  APPOINTMENT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /** Load the example centre (branches in Hà Nội, counters, services) when there is no branch yet. */
  APPOINTMENT_SEED_EXAMPLE: z.stringbool().default(true),
  /** Pre-filled forms: how long a download (or saved-profile) link given in the chat works. */
  FORM_LINK_TTL_MINUTES: z.coerce.number().int().min(5).max(10_080).default(1440),
  /** Dossier status: the centre's own table, or a provincial one-stop system over HTTP. */
  DOSSIER_SOURCE: z.enum(['table', 'http']).default('table'),
  /** The provincial system's lookup address, with {code} where the dossier code goes. */
  DOSSIER_HTTP_URL: z.url({ protocol: /^https?$/ }).optional(),
  DOSSIER_HTTP_TOKEN: z.string().min(1).optional(),
  /** JSON: dotted paths of its answer's fields and its status values (see callcenter/dossiers/http-source.ts). */
  DOSSIER_HTTP_MAPPING: z.string().default('{}'),
  DOSSIER_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Lookups per citizen (or address) and per dossier code per hour. */
  DOSSIER_LOOKUPS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
  /** How often the watchers of every dossier are checked for changes (staff updates are told at once). */
  DOSSIER_WATCH_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),

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
