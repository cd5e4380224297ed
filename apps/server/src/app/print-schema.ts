import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { printPublishedSchema } from './print.js';
import { buildAppSchema } from './schema.js';
import { LivePubSub } from '../modules/realtime/index.js';

/** `print-schema.js <file>` writes the SDL; with `--check` it fails when the file is stale. */
async function main(): Promise<void> {
  const [target, flag] = process.argv.slice(2);
  if (!target) throw new Error('usage: print-schema <file> [--check]');
  const sdl = printPublishedSchema(await buildAppSchema(new LivePubSub()));
  if (flag === '--check') {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== sdl) {
      console.error(`${target} is stale: run \`pnpm schema:print\` and commit the result`);
      process.exit(1);
    }
    console.log(`${target} is current`);
    return;
  }
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}

await main();
