import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('::'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Unset: embedded PGlite in DATA_DIR. Set: a PostgreSQL server (owner of the schema, runs migrations). */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Optional separate login for request traffic; defaults to DATABASE_URL. */
  APP_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Send the session cookie with Secure; set true whenever the site is served over TLS. */
  COOKIE_SECURE: booleanFromEnv.default(false),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Proxies whose X-Forwarded-For is believed (comma-separated addresses or CIDRs); none by default. */
  TRUST_PROXY: z.string().default(''),
  WEB_DIST_DIR: z.string().default('./dist/web'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  /** Outgoing mail server, e.g. smtps://user:pass@smtp.example.gov.cn:465. Unset: no e-mail, inbox only. */
  SMTP_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url({ protocol: /^smtps?$/ }).optional(),
  ),
  /** Sender of notification mail. */
  SMTP_FROM: z.string().min(3).default('同城 Tongcheng <no-reply@tongcheng.localhost>'),
  /** Pause of the job runner between polls of the outbox when nothing was due. */
  JOBS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** Where uploaded files (申请材料) are kept, content-addressed by SHA-256. Default: DATA_DIR/blobs. */
  BLOB_DIR: z.string().min(1).optional(),
  /** The largest single uploaded file. */
  UPLOAD_MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** The largest total of the files one case may hold, over submission and every 补正. */
  CASE_MATERIALS_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(50 * 1024 * 1024),
  /**
   * The OpenID Connect issuer of 统一身份认证, as relying parties reach it (https in production).
   * Its path must be /oidc, where the provider is mounted. Default: http://localhost:PORT/oidc.
   */
  OIDC_ISSUER: z
    .url({ protocol: /^https?$/ })
    .refine((value) => new URL(value).pathname.replace(/\/$/, '') === '/oidc', {
      message: 'the issuer path must be /oidc',
    })
    .transform((value) => value.replace(/\/$/, ''))
    .optional(),
});

/** The settings with defaults that depend on other settings filled in. */
const resolvedConfigSchema = configSchema.transform((config) => ({
  ...config,
  BLOB_DIR: config.BLOB_DIR ?? path.join(config.DATA_DIR, 'blobs'),
  OIDC_ISSUER: config.OIDC_ISSUER ?? `http://localhost:${config.PORT}/oidc`,
}));

export type Config = z.output<typeof resolvedConfigSchema>;

/** Thrown when the environment holds a value the platform cannot run with. */
export class ConfigError extends Error {}

/** Parses the environment once; a wrong value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = resolvedConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
