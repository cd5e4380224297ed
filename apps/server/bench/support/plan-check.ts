import type pg from 'pg';

interface PlanNode {
  'Node Type': string;
  'Index Cond'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

export interface PlanVerdict {
  readonly statement: string;
  /** Node types from the root down, with their relation or index. */
  readonly shape: string;
  /** Empty when the plan is fine. */
  readonly problems: string[];
}

export interface PlanRules {
  /** Tables a sequential scan of is a problem (the big ones). */
  readonly largeTables: ReadonlySet<string>;
  /** The queue must be paged in index order: no Sort node at all. */
  readonly forbidSort: boolean;
}

/** Tables of at least `minRows` rows (by the planner's statistics): a Seq Scan over one of them is a problem. */
export async function largeTables(sql: pg.Client, minRows: number): Promise<Set<string>> {
  const result = await sql.query<{ name: string }>(
    `select relname as name from pg_class where relkind = 'r' and relnamespace = current_schema()::regnamespace and reltuples >= $1`,
    [minRows],
  );
  return new Set(result.rows.map((row) => row.name));
}

/** Statements worth a plan: reads (the ORM's inlined text runs as is under EXPLAIN). */
export function isExplainable(statement: string): boolean {
  return /^\s*(select|with)\b/i.test(statement);
}

/** EXPLAIN (no ANALYZE: nothing runs) of one captured statement, judged by `rules`. */
export async function checkPlan(sql: pg.Client, statement: string, rules: PlanRules): Promise<PlanVerdict> {
  const json = await sql.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`explain (format json) ${statement}`);
  const nodes: PlanNode[] = [];
  const problems: string[] = [];
  const walk = (node: PlanNode | undefined, underLimit: boolean) => {
    if (!node) return;
    nodes.push(node);
    const large = node['Relation Name'] !== undefined && rules.largeTables.has(node['Relation Name']);
    if (large && node['Node Type'] === 'Seq Scan') problems.push(`Seq Scan on ${node['Relation Name']}`);
    // An index walked end to end without a condition is a table scan in index order — unless a LIMIT stops it early.
    if (large && /^Index (Only )?Scan/.test(node['Node Type']) && !node['Index Cond'] && !underLimit) {
      problems.push(`${node['Node Type']} of all ${node['Relation Name']} (${node['Index Name']}, no Index Cond)`);
    }
    if (rules.forbidSort && node['Node Type'].includes('Sort')) problems.push(node['Node Type']);
    node.Plans?.forEach((child) => walk(child, underLimit || node['Node Type'] === 'Limit'));
  };
  walk(json.rows[0]?.['QUERY PLAN'][0]?.Plan, false);
  const shape = nodes
    .map((node) => `${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}`)
    .join(' → ');
  return { statement, shape, problems };
}
