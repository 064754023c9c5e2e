import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import type { Config } from './config.js';
import { systemClock, type Clock } from './core/clock.js';
import {
  createModels,
  createServices,
  graphqlPluginsOf,
  httpRoutesOf,
  jobsOf,
  resolversOf,
  restRoutesOf,
  startModules,
  stopModules,
  topicsOf,
} from './core/compose.js';
import type { AppModule } from './core/module.js';
import type { ModelRegistry, ServiceRegistry } from './core/registry.js';
import { resolveJwtSecret, resolveKeyring } from './crypto/dev-keys.js';
import { useKeyring } from './db/encrypted-fields.plugin.js';
import { connectMongo, initDatabase } from './db/mongo.js';
import { connectRedis } from './db/redis.js';
import type { GraphQLContext } from './graphql/context.js';
import { AppPubSub } from './graphql/pubsub.js';
import { RequestLoaders } from './graphql/request-loaders.js';
import { buildAppSchema } from './graphql/schema.js';
import { startGraphQL } from './graphql/server.js';
import type { WebSocketStats } from './graphql/ws/stats.js';
import { adminConsoleRouter } from './http/admin-console.js';
import { cors } from './http/cors.js';
import { jsonErrorHandler, notFoundHandler } from './http/errors.js';
import { healthRouter } from './http/health.js';
import { TRUST_PROXY } from './http/trust-proxy.js';
import { strictTransportSecurity } from './http/hsts.js';
import { securityHeaders } from './http/security-headers.js';
import { playgroundRouter } from './http/playground.js';
import { authenticate } from './http/authenticate.js';
import { locals, requestContext } from './http/request-context.js';
import { restRouter } from './http/rest/router.js';
import { JobScheduler } from './jobs/scheduler.js';
import { createLogger, type Logger } from './logger.js';
import type { RecordDenial, ResolvePrincipal } from './common/principal.js';
import { MODULES } from './modules/index.js';

export interface App {
  url: string;
  port: number;
  httpServer: Server;
  connection: Connection;
  redis: Redis;
  models: ModelRegistry;
  services: ServiceRegistry;
  pubSub: AppPubSub;
  jobs: JobScheduler;
  log: Logger;
  /** Live counts of websockets, subscriptions and fan-out groups (for metrics). */
  websockets: WebSocketStats;
  /** Stops accepting, lets in-flight requests finish, then closes every connection. */
  stop(): Promise<void>;
}

export interface StartAppOptions {
  log?: Logger;
  /** Where every service reads the time; tests pass a ManualClock. */
  clock?: Clock;
  /** The modules to run; all of them unless a test narrows it. */
  modules?: readonly AppModule[];
}

export async function startApp(configured: Config, options: StartAppOptions = {}): Promise<App> {
  const config: Config = { ...configured, jwtSecret: resolveJwtSecret(configured) };
  const log = options.log ?? createLogger(config);
  const clock = options.clock ?? systemClock;
  const modules = options.modules ?? MODULES;
  const exposeInternals = config.nodeEnv === 'development';
  const connection = await connectMongo(
    config.mongodbUri,
    config.mongodbDatabase,
    config.mongodbMonitorCommands,
    config.mongodbServerSelectionTimeoutMs,
    config.mongodbSocketTimeoutMs,
    config.mongodbOperationTimeoutMs,
  );
  // Before any model is used: their encrypted fields are written and read with these keys.
  const keyring = resolveKeyring(config);
  useKeyring(connection, keyring);
  const models = createModels(connection, modules);
  await initDatabase(models);

  const redisLog = log.child({ module: 'redis' });
  // Bounded waits: while Redis is away a command fails within about two seconds.
  const boundedRedis = {
    maxRetriesPerRequest: config.redisMaxRetriesPerRequest,
    commandTimeout: config.redisCommandTimeoutMs,
  };
  const redis = connectRedis(config.redisUrl, 'main', redisLog, boundedRedis);
  const redisPublisher = connectRedis(config.redisUrl, 'publish', redisLog, boundedRedis);
  const redisSubscriber = connectRedis(config.redisUrl, 'subscribe', redisLog);
  await redis.ping();
  const pubSub = new AppPubSub(
    redisPublisher,
    redisSubscriber,
    config.redisKeyPrefix,
    topicsOf(modules),
    log.child({ module: 'pubsub' }),
  );
  const services = createServices({ config, models, pubSub, redis, clock, keyring, log }, modules);
  await startModules(modules, services);
  const jobs = new JobScheduler(
    { url: config.redisUrl, maxRetriesPerRequest: null },
    config.redisKeyPrefix,
    jobsOf(modules, services),
    log.child({ module: 'jobs' }),
  );
  if (config.jobsEnabled) await jobs.start();

  const app = express();
  app.disable('x-powered-by');
  // API responses are not cached by validators; hashing every body for an ETag is wasted work.
  app.set('etag', false);
  app.set('trust proxy', TRUST_PROXY);
  // HTTPS (TLS 1.3 only) when given a certificate; otherwise plain HTTP behind a TLS proxy.
  const tls = config.tlsCertFile && config.tlsKeyFile;
  const httpServer: Server = tls
    ? createTlsServer(
        {
          cert: readFileSync(config.tlsCertFile!),
          key: readFileSync(config.tlsKeyFile!),
          minVersion: 'TLSv1.3',
        },
        app,
      )
    : createServer(app);
  app.use(strictTransportSecurity(config.hstsMaxAgeSeconds));
  app.use(securityHeaders());
  let stopping = false;

  const resolvePrincipal: ResolvePrincipal = (credentials) =>
    services.principals.resolve(credentials);
  const recordDenial: RecordDenial = (principal, code, operation, message) =>
    services.security.recordDenial(principal, code, operation, message);
  const schema = await buildAppSchema(resolversOf(modules));
  const { apollo, websockets } = await startGraphQL({
    schema,
    httpServer,
    services,
    pubSub,
    log,
    resolvePrincipal,
    recordDenial,
    plugins: graphqlPluginsOf(modules, services),
    introspection: config.introspection,
    exposeInternals,
    clock,
    websocketLimits: {
      maxConnectionsPerAddress: config.wsMaxConnectionsPerAddress,
      maxSubscriptionsPerConnection: config.wsMaxSubscriptionsPerConnection,
      maxBufferedBytes: config.wsMaxBufferedBytes,
    },
    limits: config.graphqlLimits,
  });

  for (const module of modules)
    module.serverReady?.(services, { websocketStats: () => websockets.stats });
  app.use(healthRouter(connection, redis, () => stopping, log.child({ module: 'health' })));
  for (const route of httpRoutesOf(modules, services)) app.use(route.path, route.router);
  app.use(requestContext(log));
  app.use(
    cors(config.corsOrigins, async (host) => {
      const tenant = await services.directory.byHost(host);
      return tenant !== null && tenant.status !== 'deleted';
    }),
  );
  app.use(express.json({ limit: '1mb' }));
  app.use(
    ['/graphql', '/api'],
    authenticate(resolvePrincipal, (principal) => services.rateLimits.admitClinicCall(principal)),
  );
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => {
        const { requestId, log: requestLog, principal } = locals(res);
        return {
          requestId,
          principal,
          host: req.header('host') ?? null,
          services,
          pubSub,
          log: requestLog,
          loaders: new RequestLoaders(),
        };
      },
    }),
  );
  app.use('/api', restRouter(restRoutesOf(modules, services)));
  if (config.playground) app.use('/playground', playgroundRouter());
  const consoleRouter = adminConsoleRouter(config.adminStaticDir);
  if (consoleRouter) app.use('/admin', consoleRouter);
  app.get('/', (_req, res) => {
    res.json({
      service: 'vetcares-api',
      graphql: '/graphql',
      ...(config.playground ? { playground: '/playground' } : {}),
      ...(consoleRouter ? { console: '/admin/' } : {}),
      health: '/healthz',
      ready: '/readyz',
    });
  });
  app.use(notFoundHandler);
  app.use(jsonErrorHandler(exposeInternals, recordDenial));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `${tls ? 'https' : 'http'}://${shownHost}:${port}`;

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      await apollo.stop();
      await jobs.stop();
      await stopModules(modules, services);
      await Promise.allSettled([
        connection.close(),
        redis.quit(),
        redisPublisher.quit(),
        redisSubscriber.quit(),
      ]);
    })();
    return stopped;
  };

  return {
    url,
    port,
    httpServer,
    connection,
    redis,
    models,
    services,
    pubSub,
    jobs,
    log,
    websockets: websockets.stats,
    stop,
  };
}
