/**
 * Entry point: `node --conditions=source --import tsx src/main.ts [--memory]`.
 * Exit codes: 0 after a signal-triggered graceful stop; 1 for bad configuration, an unusable port, or a failed stop.
 */
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { ListenError, SHUTDOWN_GRACE_MS, startServer } from './server.js';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  const logger = createLogger(config);
  const running = await startServer(config, { logger }).catch((error: unknown) => {
    if (error instanceof ListenError) fail(error.message);
    throw error;
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: finishing in-flight requests');
    // Safety net: close() cuts connections after the grace period; this catches anything else holding the loop.
    setTimeout(() => {
      logger.error('shutdown did not finish in time: exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS + 2_000).unref();
    running.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `mock-backend failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
