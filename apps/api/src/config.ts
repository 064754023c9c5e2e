import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseName } from './db/mongo-uri.js';
import type { OperationLimits } from './graphql/limits.js';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  mongodbUri: string;
  /** The database to use: the URI's, else MONGODB_DATABASE, else vet_cares (see databaseName). */
  mongodbDatabase: string;
  /** Emit the driver's command events (for diagnostics and benchmarks); costs CPU. */
  mongodbMonitorCommands: boolean;
  redisUrl: string;
  /** Prefix for every Redis key and channel, so several deployments (or test files) can share one Redis. */
  redisKeyPrefix: string;
  /** Empty outside production when unset: the app then keeps a generated one in the data folder. */
  jwtSecret: string;
  jwtIssuer: string;
  /** Access tokens' lifetimes (minutes): admins and clinic users apart. */
  adminAccessTtlSeconds: number;
  clinicAccessTtlSeconds: number;
  /** How long a session (its refresh token family) lasts at most from sign-in. */
  adminSessionTtlSeconds: number;
  clinicSessionTtlSeconds: number;
  /** A session unused for this long ends (idle timeout). */
  adminIdleTimeoutSeconds: number;
  clinicIdleTimeoutSeconds: number;
  /** How long a password reset (or invitation) link stays usable. */
  passwordResetTtlSeconds: number;
  /** `smtp://user:pass@host:587` for outgoing mail; null logs mail instead (development). */
  smtpUrl: string | null;
  /** The From address of outgoing mail. */
  mailFrom: string;
  /** The console's address, for links in mail (password reset, invitations). */
  consoleUrl: string;
  logLevel: LogLevel;
  introspection: boolean;
  playground: boolean;
  /** Built admin console to serve at /admin; null when there is none. */
  adminStaticDir: string | null;
  /** Hostnames the browser may call the API from (CORS); empty allows same-origin only. */
  corsOrigins: string[];
  /** The most items one page of a list may hold; larger requests get this many. */
  listMaxLimit: number;
  /** Clinics live at {slug}.{baseDomain}. */
  baseDomain: string;
  /** How long a resolved tenant is cached in process and in Redis. */
  tenantCacheTtlSeconds: number;
  /** How long a deleted tenant's data is kept before the purge job erases it. */
  deletedTenantRetentionDays: number;
  /** DNS servers for custom-domain verification (host or host:port); empty uses the system's. */
  dnsServers: string[];
  /** Whether this instance runs the periodic jobs (purges); turn off on API-only instances. */
  jobsEnabled: boolean;
  /** Local data folder: the embedded services' data, and development keys generated at start. */
  dataDir: string;
  /** AES-256-GCM keys for personal fields, newest first: the first encrypts, all decrypt. */
  encryptionKeys: NamedKey[];
  /** HMAC keys for lookups, search tokens and the audit chain, newest first. */
  hmacKeys: NamedKey[];
  /** How long security log entries are kept before the retention job prunes them. */
  securityLogRetentionDays: number;
  /** Repeated refusals inside one window become one security log entry with a count. */
  securityLogWindowSeconds: number;
  /** Serve HTTPS (TLS 1.3 only) with this certificate chain and key; both or neither. */
  tlsCertFile: string | null;
  tlsKeyFile: string | null;
  /** Strict-Transport-Security max-age on HTTPS responses (0 turns the header off). */
  hstsMaxAgeSeconds: number;
  /** The most usage counter changes one instance holds in memory while Redis is unreachable. */
  usageBufferMaxWrites: number;
  /** How often the usage counters are flushed into the MongoDB rollups. */
  usageFlushIntervalSeconds: number;
  /** How often live usage feeds send an update (per tenant, and for the platform). */
  liveUsageIntervalMs: number;
  /** Open websockets one caller address may hold; more are refused with 429 at the upgrade. */
  wsMaxConnectionsPerAddress: number;
  /** Subscriptions one websocket may run at once; more are answered with LIMIT_EXCEEDED. */
  wsMaxSubscriptionsPerConnection: number;
  /** Bytes a websocket may have queued unsent before it is dropped as too slow (close 1013). */
  wsMaxBufferedBytes: number;
  /** Stripe collects payments when set; otherwise admins record payments by hand. */
  stripeSecretKey: string | null;
  /** Verifies POST /webhooks/stripe deliveries (whsec_...). */
  stripeWebhookSecret: string | null;
  /** Another Stripe API base (stripe-mock in tests); null for Stripe itself. */
  stripeApiUrl: string | null;
  /** Trial length of a new subscription. */
  billingTrialDays: number;
  /** Tax added to invoices, in basis points (2000 = 20 %). */
  billingTaxRateBps: number;
  /** How often the billing cycle job runs. */
  billingCycleIntervalSeconds: number;
  /** Where backup archives are written (the local-folder storage). */
  backupDir: string;
  /** Hours between scheduled backups of each active tenant (24: daily); the RPO it gives. */
  backupIntervalHours: number;
  /** Retention: the newest backup of each of this many recent days is kept... */
  backupRetentionDaily: number;
  /** ...and the newest of each of this many recent weeks. */
  backupRetentionWeekly: number;
  /** A running backup or restore whose heartbeat is older than this is treated as interrupted. */
  backupStaleSeconds: number;
  /** How long a database operation waits for a reachable server before failing (outages fail fast). */
  mongodbServerSelectionTimeoutMs: number;
  /** How long a database socket may stay silent during an operation before it fails (0: forever). */
  mongodbSocketTimeoutMs: number;
  /** The driver's bound on a whole database operation (0: none); see db/mongo.ts. */
  mongodbOperationTimeoutMs: number;
  /** How long a Redis command waits for its reply before failing. */
  redisCommandTimeoutMs: number;
  /** Reconnection attempts a queued Redis command waits through before failing. */
  redisMaxRetriesPerRequest: number;
  /**
   * Bearer token /metrics requires on the API's port. With neither it nor METRICS_PORT, /metrics
   * is open in development and test and off (404) in production.
   */
  metricsToken: string | null;
  /** Serve /metrics on this port (loopback or a private network) instead of the API's; null: the API's. */
  metricsPort: number | null;
  /** How often the alert rules are evaluated. */
  alertEvaluationIntervalSeconds: number;
  /** Server-error rate (percent of requests in an evaluation window) that fires the error-rate alert. */
  alertErrorRatePercent: number;
  /** p95 latency (ms, over an evaluation window) that fires the latency alert. */
  alertLatencyP95Ms: number;
  /** Requests a window needs before its error rate or latency is judged. */
  alertMinRequests: number;
  /** Resolved alerts are deleted after this many days. */
  alertRetentionDays: number;
  /** Where alerts are posted (signed); null: no webhook. */
  alertWebhookUrl: string | null;
  /** The HMAC-SHA256 secret the webhook's signature is made with. */
  alertWebhookSecret: string | null;
  /** Delivery attempts per alert event before it is given up (exponential backoff). */
  alertWebhookAttempts: number;
  /** The first retry's delay; each next one doubles. */
  alertWebhookBackoffMs: number;
  /** What one GraphQL document may ask for, on HTTP and websockets alike. */
  graphqlLimits: OperationLimits;
  /** Sign-in, password reset, two-factor, clinic API and usage ingestion budgets (rate-limits module). */
  rateLimits: RateLimitSettings;
}

/** Budgets of the rate limiter, each counted in Redis and shared by every API instance. */
export interface RateLimitSettings {
  /** Wrong passwords in a row for one account from one address before that pair is refused. */
  signInConsecutiveFailures: number;
  /** Wrong passwords for one account from anywhere, per window: the looser bound on distributed guessing. */
  signInAccountFailures: number;
  /** Wrong passwords from one address across accounts, per day. */
  signInAddressFailures: number;
  /** The window of the consecutive and per-account counts (and how long a refusal lasts). */
  signInWindowSeconds: number;
  /** Password reset requests per address and per account, per hour. */
  passwordResetPerHour: number;
  /** Wrong two-factor codes per account (and per address) per 15 minutes. */
  twoFactorFailures: number;
  /** Clinic API calls per minute, per API key (or clinic user) and per clinic. */
  apiCallsPerMinutePerKey: number;
  apiCallsPerMinutePerTenant: number;
  /** Usage ingestion requests per minute, per API key (or clinic user) and per clinic. */
  usageIngestPerMinutePerKey: number;
  usageIngestPerMinutePerTenant: number;
}

/** A secret with the id stored beside what it protects, so keys can rotate. */
export interface NamedKey {
  id: string;
  key: Buffer;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const defaultAdminDist = path.resolve(apiRoot, '../admin/dist');
const defaultDataDir = path.resolve(apiRoot, '../../.data');
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Reads and validates the whole configuration at once, so a bad deployment fails at start with
 * every problem named instead of failing later on the first request that needs a value.
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'production', 'test'], 'development');
  const isProduction = nodeEnv === 'production';

  // No default: outside production an unset secret is generated into the data folder at start
  // (crypto/dev-keys.ts), so no signing key is ever a constant of the repository.
  const jwtSecret = isProduction ? read.string('JWT_SECRET') : read.optional('JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    problems.push('JWT_SECRET: must be at least 32 characters');
  }

  const mongodbUri = read.mongoUri('MONGODB_URI');
  const config: Config = {
    nodeEnv,
    port: read.integer('PORT', 4000, 0, 65535),
    host: read.string('HOST', '0.0.0.0') ?? '0.0.0.0',
    mongodbUri: mongodbUri ?? '',
    mongodbDatabase: databaseName(mongodbUri ?? '', read.optional('MONGODB_DATABASE')),
    mongodbMonitorCommands: read.boolean('MONGODB_MONITOR_COMMANDS', false),
    redisUrl: read.url('REDIS_URL', ['redis:', 'rediss:']) ?? '',
    redisKeyPrefix: read.string('REDIS_KEY_PREFIX', 'vetcares:') ?? 'vetcares:',
    jwtSecret: jwtSecret ?? '',
    jwtIssuer: read.string('JWT_ISSUER', 'vetcares') ?? 'vetcares',
    adminAccessTtlSeconds: read.integer('ADMIN_ACCESS_TOKEN_TTL_SECONDS', 600, 30, 3600),
    clinicAccessTtlSeconds: read.integer('CLINIC_ACCESS_TOKEN_TTL_SECONDS', 900, 30, 3600),
    adminSessionTtlSeconds: read.integer('ADMIN_SESSION_TTL_SECONDS', 12 * 3600, 300, 30 * 86_400),
    clinicSessionTtlSeconds: read.integer(
      'CLINIC_SESSION_TTL_SECONDS',
      14 * 86_400,
      300,
      90 * 86_400,
    ),
    adminIdleTimeoutSeconds: read.integer('ADMIN_IDLE_TIMEOUT_SECONDS', 1800, 60, 30 * 86_400),
    clinicIdleTimeoutSeconds: read.integer(
      'CLINIC_IDLE_TIMEOUT_SECONDS',
      8 * 3600,
      60,
      90 * 86_400,
    ),
    passwordResetTtlSeconds: read.integer('PASSWORD_RESET_TTL_SECONDS', 3600, 60, 7 * 86_400),
    smtpUrl: read.optional('SMTP_URL') ?? null,
    mailFrom: read.string('MAIL_FROM', 'VetCares <no-reply@vetcares.localhost>') ?? '',
    consoleUrl: read.string('CONSOLE_URL', 'http://localhost:5173/admin') ?? '',
    logLevel: read.oneOf(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    introspection: read.boolean('GRAPHQL_INTROSPECTION', !isProduction),
    playground: read.boolean('GRAPHQL_PLAYGROUND', !isProduction),
    adminStaticDir: read.string('ADMIN_STATIC_DIR', defaultAdminDist) ?? null,
    corsOrigins: (read.string('CORS_ORIGINS', '') ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    listMaxLimit: read.integer('LIST_MAX_LIMIT', 100, 1, 1000),
    baseDomain: (
      read.string('BASE_DOMAIN', 'vetcares.localhost') ?? 'vetcares.localhost'
    ).toLowerCase(),
    tenantCacheTtlSeconds: read.integer('TENANT_CACHE_TTL_SECONDS', 60, 1, 86_400),
    deletedTenantRetentionDays: read.integer('DELETED_TENANT_RETENTION_DAYS', 30, 0, 3650),
    dnsServers: (read.string('DNS_SERVERS', '') ?? '')
      .split(',')
      .map((server) => server.trim())
      .filter(Boolean),
    jobsEnabled: read.boolean('JOBS_ENABLED', true),
    dataDir: path.resolve(read.string('DATA_DIR', defaultDataDir) ?? defaultDataDir),
    encryptionKeys: read.keyList('ENCRYPTION_KEYS'),
    hmacKeys: read.keyList('HMAC_KEYS'),
    securityLogRetentionDays: read.integer('SECURITY_LOG_RETENTION_DAYS', 2190, 1, 36_500),
    securityLogWindowSeconds: read.integer('SECURITY_LOG_WINDOW_SECONDS', 60, 1, 3600),
    tlsCertFile: read.string('TLS_CERT_FILE', '') || null,
    tlsKeyFile: read.string('TLS_KEY_FILE', '') || null,
    hstsMaxAgeSeconds: read.integer('HSTS_MAX_AGE_SECONDS', 31_536_000, 0, 63_072_000),
    usageBufferMaxWrites: read.integer('USAGE_BUFFER_MAX_WRITES', 200_000, 1, 100_000_000),
    usageFlushIntervalSeconds: read.integer('USAGE_FLUSH_INTERVAL_SECONDS', 60, 1, 86_400),
    liveUsageIntervalMs: read.integer('LIVE_USAGE_INTERVAL_MS', 1000, 50, 60_000),
    wsMaxConnectionsPerAddress: read.integer('WS_MAX_CONNECTIONS_PER_ADDRESS', 100, 1, 1_000_000),
    wsMaxSubscriptionsPerConnection: read.integer(
      'WS_MAX_SUBSCRIPTIONS_PER_CONNECTION',
      50,
      1,
      10_000,
    ),
    wsMaxBufferedBytes: read.integer('WS_MAX_BUFFERED_BYTES', 1_048_576, 1024, 1_073_741_824),
    stripeSecretKey: read.optional('STRIPE_SECRET_KEY') ?? null,
    stripeWebhookSecret: read.optional('STRIPE_WEBHOOK_SECRET') ?? null,
    stripeApiUrl: read.optional('STRIPE_API_URL')
      ? (read.url('STRIPE_API_URL', ['http:', 'https:']) ?? null)
      : null,
    billingTrialDays: read.integer('BILLING_TRIAL_DAYS', 14, 0, 365),
    billingTaxRateBps: read.integer('BILLING_TAX_RATE_BPS', 0, 0, 10_000),
    billingCycleIntervalSeconds: read.integer('BILLING_CYCLE_INTERVAL_SECONDS', 3600, 10, 86_400),
    backupDir: '',
    backupIntervalHours: read.integer('BACKUP_INTERVAL_HOURS', 24, 1, 168),
    backupRetentionDaily: read.integer('BACKUP_RETENTION_DAILY', 7, 1, 366),
    backupRetentionWeekly: read.integer('BACKUP_RETENTION_WEEKLY', 4, 0, 520),
    backupStaleSeconds: read.integer('BACKUP_STALE_SECONDS', 120, 10, 86_400),
    mongodbServerSelectionTimeoutMs: read.integer(
      'MONGODB_SERVER_SELECTION_TIMEOUT_MS',
      3000,
      100,
      120_000,
    ),
    mongodbSocketTimeoutMs: read.integer('MONGODB_SOCKET_TIMEOUT_MS', 30_000, 0, 3_600_000),
    mongodbOperationTimeoutMs: read.integer('MONGODB_OPERATION_TIMEOUT_MS', 0, 0, 3_600_000),
    redisCommandTimeoutMs: read.integer('REDIS_COMMAND_TIMEOUT_MS', 2000, 100, 120_000),
    redisMaxRetriesPerRequest: read.integer('REDIS_MAX_RETRIES_PER_REQUEST', 2, 0, 20),
    metricsToken: read.string('METRICS_TOKEN', '') || null,
    metricsPort: read.optional('METRICS_PORT') ? read.integer('METRICS_PORT', 0, 0, 65535) : null,
    alertEvaluationIntervalSeconds: read.integer('ALERT_EVALUATION_INTERVAL_SECONDS', 60, 1, 3600),
    alertErrorRatePercent: read.integer('ALERT_ERROR_RATE_PERCENT', 5, 1, 100),
    alertLatencyP95Ms: read.integer('ALERT_LATENCY_P95_MS', 1000, 1, 600_000),
    alertMinRequests: read.integer('ALERT_MIN_REQUESTS', 20, 1, 1_000_000),
    alertRetentionDays: read.integer('ALERT_RETENTION_DAYS', 90, 1, 3650),
    alertWebhookUrl: read.url('ALERT_WEBHOOK_URL', ['http:', 'https:'], true) ?? null,
    alertWebhookSecret: read.string('ALERT_WEBHOOK_SECRET', '') || null,
    alertWebhookAttempts: read.integer('ALERT_WEBHOOK_ATTEMPTS', 8, 1, 50),
    alertWebhookBackoffMs: read.integer('ALERT_WEBHOOK_BACKOFF_MS', 1000, 10, 3_600_000),
    graphqlLimits: {
      maxDepth: read.integer('GRAPHQL_MAX_DEPTH', 10, 2, 100),
      maxAliases: read.integer('GRAPHQL_MAX_ALIASES', 30, 0, 1000),
      maxDirectives: read.integer('GRAPHQL_MAX_DIRECTIVES', 20, 0, 1000),
      maxTokens: read.integer('GRAPHQL_MAX_TOKENS', 3000, 100, 100_000),
      maxDocumentLength: read.integer('GRAPHQL_MAX_DOCUMENT_LENGTH', 100_000, 1000, 1_000_000),
      maxCost: read.integer('GRAPHQL_MAX_COST', 10_000, 10, 10_000_000),
      listMaxLimit: 0, // set below from LIST_MAX_LIMIT
    },
    rateLimits: {
      signInConsecutiveFailures: read.integer('SIGN_IN_MAX_CONSECUTIVE_FAILURES', 10, 1, 1000),
      signInAccountFailures: read.integer('SIGN_IN_MAX_ACCOUNT_FAILURES', 100, 1, 100_000),
      signInAddressFailures: read.integer('SIGN_IN_MAX_ADDRESS_FAILURES', 200, 1, 1_000_000),
      signInWindowSeconds: read.integer('SIGN_IN_FAILURE_WINDOW_SECONDS', 3600, 1, 86_400),
      passwordResetPerHour: read.integer('PASSWORD_RESET_MAX_PER_HOUR', 5, 1, 10_000),
      twoFactorFailures: read.integer('TWO_FACTOR_MAX_FAILURES', 10, 1, 10_000),
      apiCallsPerMinutePerKey: read.integer('RATE_LIMIT_API_PER_KEY', 600, 1, 10_000_000),
      apiCallsPerMinutePerTenant: read.integer('RATE_LIMIT_API_PER_TENANT', 1200, 1, 10_000_000),
      usageIngestPerMinutePerKey: read.integer('RATE_LIMIT_USAGE_PER_KEY', 300, 1, 10_000_000),
      usageIngestPerMinutePerTenant: read.integer(
        'RATE_LIMIT_USAGE_PER_TENANT',
        600,
        1,
        10_000_000,
      ),
    },
  };
  config.graphqlLimits.listMaxLimit = config.listMaxLimit;
  if ((config.alertWebhookUrl === null) !== (config.alertWebhookSecret === null)) {
    problems.push('ALERT_WEBHOOK_URL and ALERT_WEBHOOK_SECRET: give both, or neither');
  }
  if (config.alertWebhookSecret !== null && config.alertWebhookSecret.length < 16) {
    problems.push('ALERT_WEBHOOK_SECRET: must be at least 16 characters');
  }
  if (config.metricsToken !== null && config.metricsToken.length < 16) {
    problems.push('METRICS_TOKEN: must be at least 16 characters');
  }
  config.backupDir = path.resolve(
    read.string('BACKUP_DIR', path.join(config.dataDir, 'backups')) ?? config.dataDir,
  );
  if (config.stripeSecretKey && !/^sk_(test|live)_/.test(config.stripeSecretKey)) {
    problems.push('STRIPE_SECRET_KEY: must be a Stripe secret key (sk_test_... or sk_live_...)');
  }
  if (config.stripeSecretKey && !config.stripeWebhookSecret && isProduction) {
    problems.push('STRIPE_WEBHOOK_SECRET: is required with STRIPE_SECRET_KEY in production');
  }
  if (config.smtpUrl !== null && !/^smtps?:\/\/[^/]+/.test(config.smtpUrl)) {
    problems.push('SMTP_URL: must be an smtp:// or smtps:// URL');
  }
  if ((config.tlsCertFile === null) !== (config.tlsKeyFile === null)) {
    problems.push('TLS_CERT_FILE and TLS_KEY_FILE: give both, or neither');
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  optional(name: string): string | undefined {
    return this.raw(name);
  }

  string(name: string, fallback?: string): string | undefined {
    const value = this.raw(name) ?? fallback;
    if (value === undefined) this.problems.push(`${name}: is required`);
    return value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      this.problems.push(`${name}: must be an integer from ${min} to ${max}, got "${value}"`);
      return fallback;
    }
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    this.problems.push(`${name}: must be true or false, got "${value}"`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name}: must be one of ${allowed.join(', ')}, got "${value}"`);
    return fallback;
  }

  /**
   * `id:base64,id:base64`, newest first: each a 32-byte secret (`openssl rand -base64 32`)
   * with a short id that is stored beside every value it protects.
   */
  keyList(name: string): NamedKey[] {
    const value = this.raw(name);
    if (value === undefined) return [];
    const keys: NamedKey[] = [];
    for (const entry of value.split(',').map((part) => part.trim())) {
      const separator = entry.indexOf(':');
      const id = entry.slice(0, separator);
      const key = Buffer.from(entry.slice(separator + 1), 'base64');
      if (separator < 1 || !KEY_ID.test(id) || key.length !== 32) {
        this.problems.push(
          `${name}: each entry must be id:base64 of 32 bytes (id: letters, digits, - or _)`,
        );
        return [];
      }
      if (keys.some((known) => known.id === id)) {
        this.problems.push(`${name}: the key id "${id}" is used twice`);
        return [];
      }
      keys.push({ id, key });
    }
    return keys;
  }

  /** new URL() rejects replica-set URIs ("mongodb://a:27017,b:27017/db"), so check the shape. */
  mongoUri(name: string): string | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^mongodb(\+srv)?:\/\/[^/?]+/.test(value)) {
      this.problems.push(`${name}: must be a mongodb:// or mongodb+srv:// URI`);
    }
    return value;
  }

  url(name: string, protocols: string[], optional = false): string | undefined {
    if (optional && this.raw(name) === undefined) return undefined;
    const value = this.string(name);
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name}: must start with ${protocols.join(' or ')}//`);
      }
    } catch {
      this.problems.push(`${name}: is not a valid URL`);
    }
    return value;
  }
}
