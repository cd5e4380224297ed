#!/usr/bin/env node
// `pnpm --filter @desk/server migration:create <name>`: a new knex-built migration
// (valid on PostgreSQL and SQLite) in src/migrations, listed in its index.ts.
// Landed migrations are history: change the schema with a new one, never by editing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
  console.error('usage: migration:create <snake_case_name>, e.g. migration:create audit_log');
  process.exit(2);
}
const dir = join(dirname(fileURLToPath(import.meta.url)), '../src/migrations');
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const className = `Migration${stamp}_${name}`;
const file = join(dir, `${className}.ts`);
if (existsSync(file)) {
  console.error(`${file} exists already`);
  process.exit(1);
}
writeFileSync(
  file,
  `import { Migration } from '@mikro-orm/migrations';

/** TODO: what this migration adds, and why. Knex-built: valid on PostgreSQL and SQLite. */
export class ${className} extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const statements = [
      ...knex.schema.alterTable('tickets', () => {}).toSQL(),
    ];
    for (const statement of statements) this.addSql(knex.raw(statement.sql, statement.bindings ?? []).toQuery());
  }
}
`,
);
const indexFile = join(dir, 'index.ts');
const source = readFileSync(indexFile, 'utf8');
// The new import goes after the last one, not between the list and its comment.
const importsEnd = source.indexOf('\n', source.lastIndexOf('\nimport ') + 1) + 1;
const index = `${source.slice(0, importsEnd)}import { ${className} } from './${className}.js';\n${source.slice(importsEnd)}`.replace(
  /\n\];\s*$/,
  `\n  { name: '${className}', class: ${className} },\n];\n`,
);
writeFileSync(indexFile, index);
console.log(`created src/migrations/${className}.ts and listed it in src/migrations/index.ts`);
