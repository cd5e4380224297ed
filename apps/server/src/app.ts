import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { systemClock, type Clock } from './common/clock.js';
import type { AppConfig } from './config.js';
import type { AppServices, RequestContext } from './graphql/context.js';
import { formatError } from './graphql/format-error.js';
import { operationLimits } from './graphql/operation-limits.js';
import { buildAppSchema } from './graphql/schema.js';
import { prepareDatabase } from './infra/database/prepare-database.js';
import { openOrm, type Orm } from './infra/database/orm.js';
import { seedDemoTickets } from './infra/database/seed-demo.js';
import { mountConsole } from './infra/http/console-static.js';
import { createLogger, type Logger } from './infra/logger.js';
import { loadActor } from './modules/auth/actor.loader.js';
import { TokenService } from './modules/auth/token.service.js';
import { CalendarService } from './modules/sla/calendar.service.js';

export interface RunningApp {
  readonly url: string;
  readonly port: number;
  readonly orm: Orm;
  readonly services: AppServices;
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
  const orm = await openOrm(config.database);
  const services: AppServices = {
    clock,
    calendar: new CalendarService(() => orm.em.fork(), { preHolidayShortDays: config.preHolidayShortDays }),
    tokens: new TokenService(config.jwtSecret, config.tokenTtlSeconds),
    atRiskShare: config.atRiskShare,
  };
  await prepareDatabase(orm, clock, logger, {
    seedDemo: config.seedDemo,
    afterSeed: config.seedDemoTickets ? () => seedDemoTickets(orm.em.fork(), services) : undefined,
  });

  const schema = await buildAppSchema();
  const contextFor = async (authorization: string | undefined): Promise<RequestContext> => {
    const em = orm.em.fork();
    return { em, app: services, actor: await loadActor(em, services.tokens, authorization) };
  };

  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<{ authorization?: string }>(
    {
      schema,
      context: (ctx) => contextFor(ctx.connectionParams?.authorization),
    },
    wsServer,
  );
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: formatError((error) => logger.error('unexpected error in a GraphQL operation', error)),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      operationLimits(schema, { maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

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
  if (config.consoleDir) mountConsole(app, config.consoleDir, logger);

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  logger.info('support desk listening', { url: `http://localhost:${port}`, database: config.database.kind });

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    orm,
    services,
    async close() {
      await apollo.stop();
      await orm.close(true);
    },
  };
}
