import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

/**
 * Information services (SVC-1..5): FAQ articles, product releases and their
 * files, "new certified version" subscriptions, certificates and their expiry
 * alerts, operating documentation, feature requests.
 *
 * Tables are knex-built, so the same DDL is right on PostgreSQL and SQLite.
 * Full-text search of the FAQ is the one dialect-specific piece, chosen by
 * the connection's knex client (`client.dialect`: 'postgresql' for MikroORM's
 * PostgreSqlKnexDialect, 'better-sqlite3' for its BetterSqliteKnexDialect):
 *
 * - PostgreSQL: a stored generated `tsvector` column with the `russian`
 *   configuration — title weight A, tags B, body C — and a GIN index on it.
 *   The database stems; ranking is ts_rank (modules/knowledge/knowledge-search.ts).
 * - SQLite: an FTS5 table `faq_articles_fts` (rowid = article id) holding the
 *   article's words already stemmed by the application with the Snowball
 *   Russian stemmer (the one PostgreSQL's `russian` configuration uses), kept
 *   in step by the application in the transaction that saves the article.
 *   `unicode61` with `remove_diacritics 0`: the text arrives normalized, and
 *   folding й into и would make words equal that PostgreSQL keeps apart.
 */
export class Migration20261124050000_information_services extends Migration {
  override up(): void {
    const knex = this.getKnex();
    const schema = () => knex.schema;
    const statements: Knex.SchemaBuilder[] = [
      schema().createTable('faq_articles', (t) => {
        t.increments('id');
        t.string('slug', 200).notNullable().unique();
        t.string('title', 500).notNullable();
        t.text('body').notNullable();
        t.text('body_text').notNullable();
        t.json('tags').notNullable();
        t.integer('product_id').unsigned().nullable().references('products.id');
        t.string('product_version', 100).nullable();
        t.boolean('published').notNullable().defaultTo(false);
        t.timestamp('published_at', { useTz: true }).nullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('updated_at', { useTz: true }).notNullable();
        t.integer('created_by_id').unsigned().nullable().references('users.id');
        t.integer('updated_by_id').unsigned().nullable().references('users.id');
        t.index(['product_id', 'published']);
        t.index(['published', 'title']);
      }),
      schema().createTable('product_releases', (t) => {
        t.increments('id');
        t.integer('product_id').unsigned().notNullable().references('products.id');
        t.string('version', 100).notNullable();
        t.string('build', 100).notNullable();
        t.boolean('certified').notNullable().defaultTo(false);
        t.text('release_notes').notNullable();
        t.string('released_on', 10).notNullable();
        t.timestamp('published_at', { useTz: true }).nullable();
        t.timestamp('subscribers_notified_at', { useTz: true }).nullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.integer('created_by_id').unsigned().nullable().references('users.id');
        t.unique(['product_id', 'build']);
        t.index(['product_id', 'published_at']);
      }),
      schema().createTable('catalog_files', (t) => {
        t.increments('id');
        t.integer('product_id').unsigned().notNullable().references('products.id');
        t.integer('release_id').unsigned().nullable().references('product_releases.id').onDelete('cascade');
        t.string('kind', 20).notNullable();
        t.string('file_name', 500).notNullable();
        t.string('content_type', 200).nullable();
        t.bigInteger('size').nullable();
        t.string('sha256', 64).nullable();
        t.string('storage_key', 500).nullable();
        t.string('url', 2000).nullable();
        t.text('description').nullable();
        t.integer('uploaded_by_id').unsigned().nullable().references('users.id');
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.index(['release_id']);
      }),
      schema().createTable('release_subscriptions', (t) => {
        t.increments('id');
        t.integer('user_id').unsigned().notNullable().references('users.id').onDelete('cascade');
        t.integer('product_id').unsigned().notNullable().references('products.id').onDelete('cascade');
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.unique(['user_id', 'product_id']);
        t.index(['product_id']);
      }),
      schema().createTable('certificates', (t) => {
        t.increments('id');
        t.integer('product_id').unsigned().notNullable().references('products.id');
        t.string('number', 100).notNullable();
        t.string('issuer', 300).notNullable();
        t.string('product_versions', 200).nullable();
        t.string('valid_from', 10).notNullable();
        t.string('valid_until', 10).notNullable();
        t.text('description').nullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('updated_at', { useTz: true }).notNullable();
        // The armed expiry alert: the deadline source reads the nearest, the claim updates both columns.
        t.timestamp('next_alert_at', { useTz: true }).nullable();
        t.integer('next_alert_threshold').nullable();
        t.index(['product_id', 'valid_until']);
        t.index(['number']);
        t.index(['next_alert_at']);
      }),
      schema().createTable('certificate_expiry_alerts', (t) => {
        t.increments('id');
        t.integer('certificate_id').unsigned().notNullable().references('certificates.id').onDelete('cascade');
        t.integer('threshold_days').notNullable();
        t.string('valid_until', 10).notNullable();
        t.timestamp('due_at', { useTz: true }).notNullable();
        t.timestamp('raised_at', { useTz: true }).notNullable();
        // Second guard of exactly-once (SVC-3): one alert per certificate, threshold and expiry date.
        t.unique(['certificate_id', 'threshold_days', 'valid_until'], { indexName: 'certificate_expiry_alerts_unique' });
        t.index(['raised_at']);
      }),
      schema().createTable('product_documents', (t) => {
        t.increments('id');
        t.integer('product_id').unsigned().notNullable().references('products.id');
        t.string('title', 500).notNullable();
        t.string('product_version', 100).notNullable();
        t.string('edition', 100).nullable();
        t.string('published_on', 10).notNullable();
        t.string('url', 2000).nullable();
        t.integer('file_id').unsigned().nullable().references('catalog_files.id');
        t.timestamp('withdrawn_at', { useTz: true }).nullable();
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.index(['product_id', 'title']);
      }),
      schema().createTable('feature_requests', (t) => {
        t.increments('id');
        t.integer('product_id').unsigned().nullable().references('products.id');
        t.string('title', 500).notNullable();
        t.text('description').notNullable();
        t.string('status', 20).notNullable();
        t.text('status_note').nullable();
        t.timestamp('status_changed_at', { useTz: true }).notNullable();
        t.integer('created_by_id').unsigned().nullable().references('users.id');
        t.timestamp('created_at', { useTz: true }).notNullable();
        t.timestamp('updated_at', { useTz: true }).notNullable();
        t.integer('version').notNullable().defaultTo(1);
        t.index(['status', 'updated_at']);
      }),
      schema().createTable('feature_request_tickets', (t) => {
        t.increments('id');
        t.integer('feature_request_id').unsigned().notNullable().references('feature_requests.id').onDelete('cascade');
        t.integer('ticket_id').unsigned().notNullable().references('tickets.id').onDelete('cascade');
        t.integer('organization_id').unsigned().notNullable().references('organizations.id');
        t.timestamp('linked_at', { useTz: true }).notNullable();
        t.integer('linked_by_id').unsigned().nullable().references('users.id');
        t.unique(['feature_request_id', 'ticket_id']);
        t.index(['ticket_id']);
        t.index(['feature_request_id', 'organization_id']);
      }),
    ];
    for (const builder of statements) {
      for (const statement of builder.toSQL()) this.addSql(statement.sql);
    }

    const dialect = dialectOf(knex);
    if (dialect === 'postgresql') {
      this.addSql(
        `alter table faq_articles add column search_vector tsvector generated always as (` +
          `setweight(to_tsvector('russian'::regconfig, coalesce(title, '')), 'A') || ` +
          `setweight(to_tsvector('russian'::regconfig, coalesce(tags, '[]'::json)), 'B') || ` +
          `setweight(to_tsvector('russian'::regconfig, coalesce(body_text, '')), 'C')` +
          `) stored`,
      );
      this.addSql('create index faq_articles_search_idx on faq_articles using gin (search_vector)');
    } else if (dialect.includes('sqlite')) {
      this.addSql(`create virtual table faq_articles_fts using fts5(title, tags, body, tokenize = 'unicode61 remove_diacritics 0')`);
    } else {
      throw new Error(`FAQ search has no implementation for the ${dialect} database`);
    }
  }
}

/** knex's name of the connection's dialect: 'postgresql', 'better-sqlite3', … */
function dialectOf(knex: Knex): string {
  const client = knex.client as { dialect?: unknown; config?: { client?: unknown } };
  if (typeof client.dialect === 'string') return client.dialect;
  const configured = client.config?.client;
  return typeof configured === 'string' ? configured : String((configured as { prototype?: { dialect?: unknown } } | undefined)?.prototype?.dialect);
}
