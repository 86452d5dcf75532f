import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

/** The one place that reads process.env. Fails at boot listing every bad variable. */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  GONGYEYUN_DATA_DIR: z.string().min(1).default('./data'),
  GONGYEYUN_FILES_DIR: z.string().min(1).optional(),
  GONGYEYUN_DEMO: bool.default(true),
  GONGYEYUN_REGION: z
    .string()
    .regex(/^\d{6}$/, 'a 6-digit GB/T 2260 code, e.g. 451300')
    .default('451300'),
  GONGYEYUN_WEB_DIST: z.string().min(1).default('apps/web/dist'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(10_000).default(30),
  TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Variables as strings, the way the environment gives them. */
export type Env = Partial<Record<keyof z.input<typeof ZEnv>, string>>;

export interface Config {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  demo: boolean;
  region: string;
  webDist: string;
  /** Where uploaded files (ticket attachments) are kept, each named by a random id. */
  filesDir: string;
  sessionTtlMs: number;
  login: {
    maxFailures: number;
    lockMinutes: number;
    ipMaxFailures: number;
    ipWindowMinutes: number;
  };
  trustProxy: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  version: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const absolute = (p: string, cwd: string) => (isAbsolute(p) ? p : resolve(cwd, p));

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): Readonly<Config> {
  const parsed = ZEnv.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres' as const, url: e.DATABASE_URL }
      : { kind: 'pglite' as const, dataDir: absolute(e.GONGYEYUN_DATA_DIR, cwd) },
    demo: e.GONGYEYUN_DEMO,
    region: e.GONGYEYUN_REGION,
    webDist: absolute(e.GONGYEYUN_WEB_DIST, cwd),
    filesDir: absolute(
      e.GONGYEYUN_FILES_DIR ?? `${e.GONGYEYUN_DATA_DIR.replace(/\/+$/, '')}-files`,
      cwd,
    ),
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMinutes: e.LOGIN_LOCK_MINUTES,
      ipMaxFailures: e.LOGIN_IP_MAX_FAILURES,
      ipWindowMinutes: 15,
    },
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    version: '0.1.0',
  });
}
