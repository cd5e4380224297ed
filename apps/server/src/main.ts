import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './infra/logger.js';
import { startTracing } from './infra/tracing/tracing.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Before the app's modules load: the instrumentations patch http and pg as they are required.
  const tracing = startTracing(process.env, logger);
  const { startApp } = await import('./app/app.js');
  const app = await startApp(config, { logger });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    // A shutdown that hangs (a stuck dependency) must still end: the orchestrator's next step is SIGKILL anyway.
    setTimeout(() => process.exit(1), config.shutdownGraceMs + 15_000).unref();
    await app.close();
    await tracing?.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
