import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openOrm } from '../../src/infra/database/orm.js';
import { QueueService } from '../../src/modules/queue/queue.service.js';
import { announceFailure, announceReady, serveParent } from './bench-child.js';

/**
 * The queue page's throughput baseline (#17): a bare `node:http` server in a
 * process of its own (like the product's server child) that answers every
 * request with the queue's first page from the same read model the GraphQL
 * `queue` field uses (QueueService.rowPage: version, page, count), as JSON —
 * no Express, no Apollo, no GraphQL execution, no authentication.
 * DATABASE_URL: the scratch database; QUEUE_PAGE_SIZE: the page (default 50).
 * Commands: cpu, clock, stop.
 */

export interface QueueRowsChildInfo {
  readonly url: string;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const pageSize = Number(process.env.QUEUE_PAGE_SIZE ?? 50);
  const orm = await openOrm({ kind: 'postgresql', url });
  const server = createServer((_request, response) => {
    new QueueService(orm.em.fork()).rowPage(pageSize, null).then(
      (page) => {
        const { items, hasNextPage, totalCount, version } = page;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ version, totalCount, hasNextPage, rows: items }));
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(String(error));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  serveParent({ cpu: () => process.cpuUsage() }, async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await orm.close(true);
  });
  const port = (server.address() as AddressInfo).port;
  announceReady({ url: `http://127.0.0.1:${port}` } satisfies QueueRowsChildInfo);
}

main().catch(announceFailure);
