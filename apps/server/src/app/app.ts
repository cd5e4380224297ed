import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { systemClock, type Clock } from '../common/clock.js';
import { RateLimited } from '../common/errors.js';
import { Teardown } from '../common/teardown.js';
import type { AppConfig } from '../config.js';
import type { RequestContext } from '../graphql/context.js';
import { createAppServices, ticketLinkOf, type AppServices } from './app-services.js';
import { formatError, withFormattedErrors } from '../graphql/format-error.js';
import { serverTimeExtension } from '../graphql/server-time.js';
import { mergeInputErrors } from '../graphql/merge-input-errors.js';
import { operationLimits } from '../graphql/operation-limits.js';
import { sharedSubscribe } from '../graphql/shared-subscription-execution.js';
import { buildAppSchema } from './schema.js';
import { prepareDatabase } from '../infra/database/prepare-database.js';
import { openOrm, type Orm } from '../infra/database/orm.js';
import { demoSeed } from '../seed/index.js';
import { mountConsole } from '../infra/http/console-static.js';
import { createEventBus } from '../infra/events/create-event-bus.js';
import { createLogger, type Logger } from '../infra/logger.js';
import { authenticate } from './authenticate.js';
import { loadActor } from '../modules/auth/index.js';
import { startEmailIntake, mountTelegramWebhook } from '../modules/channels/index.js';
import { mountFileRoutes } from '../modules/files/index.js';
import { mountCatalogRoutes, certificateExpiryDeadlineSource } from '../modules/info-services/index.js';
import { createOutboxDispatcher, type OutboxDispatcher } from '../modules/notifications/index.js';
import { DeadlineScheduler } from '../infra/scheduling/deadline-scheduler.js';
import { slaDeadlineSources } from '../modules/alerts/index.js';
import { autoCloseDeadlineSource } from '../modules/tickets/index.js';
import { backfillSearchIndex } from '../modules/views/index.js';
import { staffDigestDeadlineSource } from '../modules/staff-notifications/index.js';

export interface RunningApp {
  readonly url: string;
  readonly port: number;
  readonly orm: Orm;
  readonly services: AppServices;
  readonly deadlines: DeadlineScheduler;
  /** Null without SMTP_URL: notifications then wait in the outbox (the dev mailbox). */
  readonly outbox: OutboxDispatcher | null;
  close(): Promise<void>;
}

export interface AppOptions {
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/** Composition root: config → database → services → HTTP and WebSocket on one port. */
export async function startApp(config: AppConfig, options: AppOptions = {}): Promise<RunningApp> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const teardown = new Teardown();
  try {
    return await assemble(config, clock, logger, teardown);
  } catch (error) {
    // Whatever started before the failure (pool, timers, sockets) must not outlive it.
    await teardown.run().catch((cleanupError: unknown) => logger.error('cleanup after a failed start failed', cleanupError));
    throw error;
  }
}

async function assemble(config: AppConfig, clock: Clock, logger: Logger, teardown: Teardown): Promise<RunningApp> {
  const orm = await openOrm(config.database);
  teardown.add(() => orm.close(true));
  const events = await createEventBus(config.redisUrl, config.database, logger);
  teardown.add(() => events.close());
  const services = createAppServices(config, orm, events, clock, logger);
  teardown.add(() => services.live.close());
  await prepareDatabase(orm, clock, logger, {
    ...(config.seedDemo ? { seed: demoSeed({ tickets: config.seedDemoTickets, intake: services }) } : {}),
  });

  await services.live.start();
  // Tickets from before the search index existed are indexed in the background.
  void backfillSearchIndex(orm, () => clock.now(), logger).catch((error: unknown) => logger.error('search index backfill failed', error));

  const deadlines = new DeadlineScheduler(
    orm,
    [
      ...slaDeadlineSources(orm, services),
      autoCloseDeadlineSource(orm, services),
      certificateExpiryDeadlineSource(orm, services),
      staffDigestDeadlineSource(orm, { ...services, ticketLink: ticketLinkOf(config) }),
    ],
    { clock, events, logger },
    { sweepIntervalMs: config.slaSweepIntervalMs },
  );
  deadlines.start();
  teardown.add(() => deadlines.stop());
  const outbox = createOutboxDispatcher(orm, config, { clock, events, logger, tickets: services });
  outbox?.start();
  if (outbox) teardown.add(() => outbox.stop());

  const schema = await buildAppSchema(services.live.pubSub);
  const formatOperationError = formatError((error) => logger.error('unexpected error in a GraphQL operation', error));
  const contextFor = async (authorization: string | undefined): Promise<RequestContext<AppServices>> => {
    const em = orm.em.fork();
    return { em, app: services, actor: await authenticate(em, services, authorization) };
  };

  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<{ authorization?: string }>(
    {
      schema,
      subscribe: sharedSubscribe(),
      // API.md: a socket without a valid token is refused at connect (4403 Forbidden); an API token over its limit gets 4429.
      onConnect: async (ctx) => {
        try {
          return (await loadActor(orm.em.fork(), services, ctx.connectionParams?.authorization)) !== null;
        } catch (error) {
          if (error instanceof RateLimited) ctx.extra.socket.close(4429, `Too many requests: retry in ${error.retryAfterSeconds} s`);
          return false;
        }
      },
      context: (ctx) => contextFor(ctx.connectionParams?.authorization),
      onNext: (_ctx, _id, _payload, _args, result) => withFormattedErrors(result, formatOperationError),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatOperationError(e.toJSON(), e)),
    },
    wsServer,
  );
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: formatOperationError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown; Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints in this schema; the plugin would only wrap every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      mergeInputErrors(),
      serverTimeExtension(clock),
      operationLimits(schema, { maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();
  teardown.add(() => apollo.stop());

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch (error) {
      logger.error('health check failed', error);
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: ({ req }) => contextFor(req.headers.authorization) }),
  );
  mountFileRoutes(app, { orm, services, config, logger });
  mountCatalogRoutes(app, { orm, services, config, logger });
  const telegram = mountTelegramWebhook(app, { orm, services, config, logger });
  if (telegram) teardown.add(() => telegram.close());
  if (config.consoleDir) mountConsole(app, config.consoleDir, logger);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  const emailIntake = await startEmailIntake({ orm, services, config, logger });
  if (emailIntake) teardown.add(() => emailIntake.close());
  logger.info('support desk listening', { url: `http://localhost:${port}`, database: config.database.kind });

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    orm,
    services,
    deadlines,
    outbox,
    close: () => teardown.run(),
  };
}
