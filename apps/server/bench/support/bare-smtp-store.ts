import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

export interface BareSmtpStore {
  readonly port: number;
  close(): Promise<void>;
}

export const BARE_MAIL_TABLE = 'bench_bare_inbound_mail';

/**
 * The baseline of the e-mail storm: what a user could build by hand with the
 * same SMTP library — a listener that INSERTs each raw message into one table
 * over a pg pool (as large as the product's) and answers 250 once the row is
 * committed, so a message is never acknowledged before it is stored. No
 * parsing, no rules, no tickets.
 */
export async function startBareSmtpStore(databaseUrl: string, poolSize = 10): Promise<BareSmtpStore> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  await pool.query(
    `create table if not exists ${BARE_MAIL_TABLE} (id bigserial primary key, received_at timestamptz not null, envelope_from text, raw bytea not null)`,
  );
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('error', (error: Error) => callback(error));
      stream.once('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
        pool
          .query(`insert into ${BARE_MAIL_TABLE} (received_at, envelope_from, raw) values (now(), $1, $2)`, [from, Buffer.concat(chunks)])
          .then(
            () => callback(null, 'OK: stored'),
            (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
          );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

/** Rows the bare listener stored since `afterId`. */
export async function bareStoredSince(sql: pg.Client, afterId: number): Promise<{ count: number; lastId: number }> {
  const result = await sql.query<{ n: string; last: string | null }>(`select count(*) as n, max(id) as last from ${BARE_MAIL_TABLE} where id > $1`, [afterId]);
  return { count: Number(result.rows[0]!.n), lastId: Number(result.rows[0]!.last ?? afterId) };
}
