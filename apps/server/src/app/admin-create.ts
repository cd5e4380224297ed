import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { systemClock } from '../common/clock.js';
import { ValidationFailed } from '../common/errors.js';
import { ConfigError, loadConfig } from '../config.js';
import { openOrm } from '../infra/database/orm.js';
import { prepareDatabase } from '../infra/database/prepare-database.js';
import { createLogger } from '../infra/logger.js';
import { bootstrapAdmin } from '../modules/accounts/index.js';
import { accountLinksOf } from './app-services.js';

const USAGE = `Usage: pnpm --filter @desk/server admin:create --email ADDRESS [--name "Full Name"]
  With a password on standard input (echo "$PASSWORD" | …) the admin is created with it;
  without (an interactive terminal), a one-time set-password link is printed once.`;

/** `admin:create`: the first admin of an empty desk (README "Putting the desk into service"), on the configured database. */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string', default: 'Администратор' }, help: { type: 'boolean' } } });
  if (values.help || !values.email) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const password = process.stdin.isTTY ? null : await readFirstLine();
  const orm = await openOrm(config.database);
  try {
    // Migrates an empty database first; never seeds (an install without demo data stays without).
    await prepareDatabase(orm, systemClock, createLogger('error'), {});
    const result = await bootstrapAdmin(orm.em.fork(), { clock: systemClock, links: accountLinksOf(config) }, { email: values.email, fullName: values.name, password });
    if (result.kind === 'created') {
      console.log(`Admin ${result.user.email} created: sign in at ${config.publicUrl}`);
    } else {
      console.log(`Admin ${values.email.trim().toLowerCase()} invited. Open this one-time link to set the password (shown only now, valid until ${result.expiresAt.toISOString()}):`);
      console.log(result.url);
    }
    return 0;
  } catch (error) {
    if (error instanceof ValidationFailed) {
      console.error(error.fields.map((f) => `--${f.field}: ${f.message}`).join('\n'));
      return 1;
    }
    throw error;
  } finally {
    await orm.close(true);
  }
}

/** The password piped in: the first line, nothing else; an empty input means "print a link instead". */
async function readFirstLine(): Promise<string | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  return line === '' ? null : line;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
