import 'reflect-metadata';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { systemClock, type Clock } from '../common/clock.js';
import { Teardown } from '../common/teardown.js';
import type { AppConfig } from '../config.js';
import type { RequestContext } from '../graphql/context.js';
import { createAppServices, ticketLinkOf, type AppServices } from './app-services.js';
import { formatError } from '../graphql/format-error.js';
import { serverTimeExtension } from '../graphql/server-time.js';
import { mergeInputErrors } from '../graphql/merge-input-errors.js';
import { operationGates } from '../graphql/operation-gates.js';
import { buildAppSchema } from './schema.js';
import { prepareDatabase } from '../infra/database/prepare-database.js';
import { openOrm, type Orm } from '../infra/database/orm.js';
import { demoSeed } from '../seed/index.js';
import { mountConsole } from '../infra/http/console-static.js';
import { mountJsonErrors } from '../infra/http/json-errors.js';
import { HttpDrain } from '../infra/http/http-drain.js';
import { stopGracefully } from './graceful-stop.js';
import { mountSecurityHeaders } from '../infra/http/security-headers.js';
import { requestOrigin } from './request-origin.js';
import { retryLaterStatus } from '../graphql/retry-later-status.js';
import { createEventBus } from '../infra/events/create-event-bus.js';
import { createLogger, type Logger } from '../infra/logger.js';
import { authenticate } from './authenticate.js';
import { serveGraphQLOverWebSocket } from './websocket.js';
import { mountGraphQLOverSse } from './server-sent-events.js';
import { startEmailIntake, mountTelegramWebhook } from '../modules/channels/index.js';
import { mountFileRoutes } from '../modules/files/index.js';
import { mountCatalogRoutes, certificateExpiryDeadlineSource } from '../modules/info-services/index.js';
import { mountReportExports } from '../modules/reports/index.js';
import { createOutboxDispatcher, type OutboxDispatcher } from '../modules/notifications/index.js';
import { DeadlineScheduler } from '../infra/scheduling/deadline-scheduler.js';
import { slaDeadlineSources } from '../modules/alerts/index.js';
import { autoCloseDeadlineSource, TicketCountFolder } from '../modules/tickets/index.js';
import { backfillSearchIndex } from '../modules/views/index.js';
import { staffDigestDeadlineSource } from '../modules/staff-notifications/index.js';
import { createWebhookDispatcher } from '../modules/webhooks/index.js';
import { DeskMetrics } from '../infra/metrics/metrics.js';
import { instrumentedEventBus } from '../infra/metrics/instrumented-event-bus.js';
import { registerPoolGauges } from '../infra/metrics/database-pool.js';
import { httpMetrics, mountMetrics } from '../infra/metrics/metrics-route.js';
import { operationMetrics } from '../graphql/operation-metrics.js';
import { operationTracing } from '../graphql/operation-tracing.js';
import { graphqlRequestSpan } from '../infra/tracing/spans.js';
import { registerDeskGauges } from '../modules/ops-metrics/index.js';
import { operationAllowList, persistedQueryCache } from '../modules/integrations/index.js';

export interface RunningApp {
  readonly url: string;
  readonly port: number;
  /** The inbound SMTP listener's port (SMTP_INBOUND_PORT=0 picks a free one); null when it is off. */
  readonly smtpInboundPort: number | null;
  readonly orm: Orm;
  readonly services: AppServices;
  readonly deadlines: DeadlineScheduler;
  /** Null without SMTP_URL: notifications then wait in the outbox (the dev mailbox). */
  readonly outbox: OutboxDispatcher | null;
  /** Partners' webhooks (#18): always delivering. */
  readonly webhooks: OutboxDispatcher;
  /** The Prometheus instruments (#18), served at /metrics when METRICS_ENABLED. */
  readonly metrics: DeskMetrics;
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
  const metrics = new DeskMetrics();
  registerDeskGauges(metrics, orm, clock);
  const onReconnect = (connection: string) => metrics.eventBusReconnects.inc({ connection });
  const events = instrumentedEventBus(await createEventBus(config.redisUrl, config.database, logger, onReconnect), metrics);
  registerPoolGauges(metrics, orm);
  teardown.add(() => events.close());
  const services = createAppServices(config, orm, events, clock, logger);
  teardown.add(() => services.live.close());
  await prepareDatabase(orm, clock, logger, {
    ...(config.seedDemo ? { seed: demoSeed({ tickets: config.seedDemoTickets, history: config.seedDemoHistory, intake: services, log: (message) => logger.info(message) }) } : {}),
  });

  await services.live.start();
  services.access.start();
  teardown.add(() => services.access.stop());
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
    { clock, events, logger, lateness: (source, seconds) => metrics.deadlineLateness.observe({ source }, seconds) },
    { sweepIntervalMs: config.slaSweepIntervalMs },
  );
  deadlines.start();
  teardown.add(() => deadlines.stop());
  const outbox = createOutboxDispatcher(orm, config, { clock, events, logger, tickets: services });
  outbox?.start();
  if (outbox) teardown.add(() => outbox.stop());
  const webhooks = createWebhookDispatcher(orm, config, { clock, events, logger, metrics, tickets: services });
  webhooks.start();
  teardown.add(() => webhooks.stop());
  const ticketCounts = new TicketCountFolder(orm, logger);
  ticketCounts.start();
  teardown.add(() => ticketCounts.stop());

  const schema = await buildAppSchema(services.live.pubSub);
  const formatOperationError = formatError((error) => logger.error('unexpected error in a GraphQL operation', error));
  const contextFor = async (request: IncomingMessage): Promise<RequestContext<AppServices>> => {
    const em = orm.em.fork();
    const actor = await authenticate(em, services, request.headers.authorization);
    return { em, app: services, actor, origin: requestOrigin(request, config.trustedProxies) };
  };

  const app = express();
  app.disable('x-powered-by');
  mountSecurityHeaders(app, config.trustedProxies);
  app.use(httpMetrics(metrics));
  if (config.metricsEnabled) mountMetrics(app, metrics, { token: config.metricsToken, logger });
  const httpServer: Server = createServer(app);
  // Before anything else listens on it: it counts every connection and request (#16).
  const httpDrain = new HttpDrain(httpServer);
  const limits = { maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity };
  const streamed = { schema, orm, services, metrics, limits, trustedProxies: config.trustedProxies, formatError: formatOperationError };
  const wsCleanup = serveGraphQLOverWebSocket({ httpServer, ...streamed });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: formatOperationError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown; Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    introspection: true,
    // APQ (#18): registered hashes per process; allow-listed operations by hash on every process.
    persistedQueries: { cache: persistedQueryCache(orm) },
    plugins: [
      // No cache hints in this schema; the plugin would only wrap every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      mergeInputErrors(),
      serverTimeExtension(clock),
      operationMetrics(metrics),
      operationTracing(),
      operationGates(schema, limits),
      operationAllowList(),
      retryLaterStatus(() => metrics.serviceUnavailable.inc()),
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
  // Before /graphql, whose mount would take /graphql/stream as its own sub-path.
  mountGraphQLOverSse(app, streamed);
  app.use(
    '/graphql',
    graphqlRequestSpan(),
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: ({ req }) => contextFor(req) }),
  );
  mountFileRoutes(app, { orm, services, config, logger });
  mountCatalogRoutes(app, { orm, services, config, logger });
  mountReportExports(app, { orm, services, logger });
  const telegram = mountTelegramWebhook(app, { orm, services, config, logger });
  if (telegram) teardown.add(() => telegram.close());
  if (config.consoleDir) mountConsole(app, config.consoleDir, logger);
  mountJsonErrors(app, logger, () => metrics.serviceUnavailable.inc());

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  // Should the start fail from here on, the listener still closes (the graceful step below is idempotent with it).
  teardown.add(() => httpDrain.drain(0));
  const emailIntake = await startEmailIntake({ orm, services, config, logger });
  if (emailIntake) teardown.add(() => emailIntake.close());
  // Runs first on close (steps run in reverse): nothing is released while requests are still in flight.
  teardown.add(() => stopGracefully({ http: httpDrain, webSocket: wsCleanup, background: [deadlines, outbox, webhooks], graceMs: config.shutdownGraceMs }));
  logger.info('support desk listening', { url: `http://localhost:${port}`, database: config.database.kind });

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    smtpInboundPort: emailIntake?.port ?? null,
    orm,
    services,
    deadlines,
    outbox,
    webhooks,
    metrics,
    close: () => teardown.run(),
  };
}
