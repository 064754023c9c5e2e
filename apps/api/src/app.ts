import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import type { Config } from './config.js';
import { connectMongo, databaseName, initDatabase } from './db/mongo.js';
import { connectRedis } from './db/redis.js';
import type { GraphQLContext } from './graphql/context.js';
import { AppPubSub } from './graphql/pubsub.js';
import { RequestLoaders } from './graphql/request-loaders.js';
import { buildAppSchema } from './graphql/schema.js';
import { startGraphQL } from './graphql/server.js';
import { adminConsoleRouter } from './http/admin-console.js';
import { cors } from './http/cors.js';
import { jsonErrorHandler, notFoundHandler } from './http/errors.js';
import { healthRouter } from './http/health.js';
import { playgroundRouter } from './http/playground.js';
import { authenticate } from './http/authenticate.js';
import { locals, requestContext } from './http/request-context.js';
import { restRouter } from './http/rest/router.js';
import { JobScheduler } from './jobs/scheduler.js';
import { createLogger, type Logger } from './logger.js';
import { TENANT_CACHE_INVALIDATED } from './modules/tenants/tenant-directory.js';
import { createModels, createServices, type Models, type Services } from './services.js';

export interface App {
  url: string;
  port: number;
  httpServer: Server;
  connection: Connection;
  redis: Redis;
  pubSub: AppPubSub;
  models: Models;
  services: Services;
  jobs: JobScheduler;
  log: Logger;
  /** Stops accepting, lets in-flight requests finish, then closes every connection. */
  stop(): Promise<void>;
}

export async function startApp(config: Config, log: Logger = createLogger(config)): Promise<App> {
  const exposeInternals = config.nodeEnv === 'development';
  const connection = await connectMongo(
    config.mongodbUri,
    databaseName(config.mongodbUri, config.mongodbDatabase),
    config.mongodbMonitorCommands,
  );
  const models = createModels(connection);
  await initDatabase(models);

  const redis = connectRedis(config.redisUrl, 'main');
  const redisPublisher = connectRedis(config.redisUrl, 'publish');
  const redisSubscriber = connectRedis(config.redisUrl, 'subscribe');
  await redis.ping();
  const pubSub = new AppPubSub(redisPublisher, redisSubscriber, config.redisKeyPrefix);
  const services = createServices({ config, models, pubSub, redis, log });
  services.directory.start();
  // Serve only once this instance hears cache invalidations: a change made elsewhere meanwhile
  // would otherwise leave its cache stale until the entry expires.
  await pubSub.subscribed(TENANT_CACHE_INVALIDATED);
  const jobs = new JobScheduler(
    { url: config.redisUrl, maxRetriesPerRequest: null },
    config.redisKeyPrefix,
    [
      {
        name: 'purge-deleted-tenants',
        every: 60 * 60 * 1000,
        run: () => services.purge.purgeExpired(),
      },
    ],
    log.child({ module: 'jobs' }),
  );
  if (config.jobsEnabled) await jobs.start();

  const app = express();
  app.disable('x-powered-by');
  // API responses are not cached by validators; hashing every body for an ETag is wasted work.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);
  let stopping = false;

  const schema = await buildAppSchema();
  const { apollo } = await startGraphQL({
    schema,
    httpServer,
    services,
    pubSub,
    log,
    introspection: config.introspection,
    exposeInternals,
  });

  app.use(healthRouter(connection, redis, () => stopping));
  app.use(requestContext(log));
  app.use(cors(config.corsOrigins, services.directory));
  app.use(express.json({ limit: '1mb' }));
  app.use(['/graphql', '/api'], authenticate(services));
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
  app.use('/api', restRouter(services));
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
  app.use(jsonErrorHandler(exposeInternals, services.security));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${shownHost}:${port}`;

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      await apollo.stop();
      services.directory.stop();
      await jobs.stop();
      await Promise.allSettled([
        connection.close(),
        redis.quit(),
        redisPublisher.quit(),
        redisSubscriber.quit(),
      ]);
    })();
    return stopped;
  };

  return { url, port, httpServer, connection, redis, pubSub, models, services, jobs, log, stop };
}
