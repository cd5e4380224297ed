import type { Orm } from '../../src/infra/database/orm.js';

/**
 * Runs `work` while recording every statement the ORM sends, as sent: MikroORM
 * inlines the parameters (platform.formatQuery) and hands the text to knex.raw
 * without bindings, so the formatted text is the wire text. Background work of
 * the same process (SLA sweeps) lands here too; callers compare repeated captures.
 */
export async function captureSql<T>(orm: Orm, work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const config = orm.config;
  const previous = config.get('onQuery');
  const platform = orm.em.getPlatform();
  const statements: string[] = [];
  config.set('onQuery', (sql: string, params: unknown[]) => {
    const out = previous(sql, params);
    statements.push(platform.formatQuery(out, params));
    return out;
  });
  try {
    return { result: await work(), statements };
  } finally {
    config.set('onQuery', previous);
  }
}

/** Statements present in every capture (multiset intersection), in the order of the first. */
export function commonStatements(captures: readonly (readonly string[])[]): string[] {
  const [first, ...rest] = captures;
  if (!first) return [];
  const remaining = rest.map((capture) => [...capture]);
  const common: string[] = [];
  for (const statement of first) {
    if (remaining.every((capture) => capture.includes(statement))) {
      common.push(statement);
      for (const capture of remaining) capture.splice(capture.indexOf(statement), 1);
    }
  }
  return common;
}
