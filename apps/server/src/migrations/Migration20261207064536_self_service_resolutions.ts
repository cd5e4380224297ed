import { Migration } from '@mikro-orm/migrations';

/**
 * Self-service first (#19): requests answered by an FAQ article or a document
 * before they became tickets, counted by the deflection report per product and
 * month. Knex-built: valid on PostgreSQL and SQLite.
 */
export class Migration20261207064536_self_service_resolutions extends Migration {
  override up(): void {
    const builder = this.getKnex().schema.createTable('self_service_resolutions', (t) => {
      t.increments('id');
      t.integer('user_id').unsigned().nullable().references('users.id').onDelete('cascade');
      t.integer('contact_id').unsigned().nullable().references('contacts.id').onDelete('cascade');
      t.integer('organization_id').unsigned().nullable().references('organizations.id').onDelete('set null');
      t.integer('product_id').unsigned().nullable().references('products.id').onDelete('set null');
      t.string('query', 2000).notNullable();
      t.integer('article_id').unsigned().nullable().references('faq_articles.id').onDelete('set null');
      t.integer('document_id').unsigned().nullable().references('product_documents.id').onDelete('set null');
      t.string('channel', 20).notNullable();
      t.timestamp('created_at', { useTz: true }).notNullable();
      // The deflection report: per product and month.
      t.index(['product_id', 'created_at'], 'self_service_product_created_idx');
    });
    for (const statement of builder.toSQL()) this.addSql(statement.sql);
  }
}
