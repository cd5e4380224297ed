import { Migration } from '@mikro-orm/migrations';

/**
 * SLA-9 over a million tickets (#14): every column the compliance count reads
 * (compliance-counts.ts), led by the arrival, so PostgreSQL answers a period
 * by an index-only scan instead of reading the wide ticket rows; the same
 * composite index serves the embedded database.
 */
export class Migration20261207100500_compliance_index extends Migration {
  override up(): void {
    const statements = this.getKnex()
      .schema.alterTable('tickets', (t) =>
        t.index(
          [
            'received_at',
            'sla_outcome',
            'sla_level',
            'support_level',
            'sla_criticality',
            'criticality',
            'responded_at',
            'responded_by_id',
            'assignee_id',
            'awaiting_reaction',
            'response_due_at',
            'organization_id',
          ],
          'tickets_compliance_idx',
        ),
      )
      .toSQL();
    for (const statement of statements) this.addSql(statement.sql);
  }
}
