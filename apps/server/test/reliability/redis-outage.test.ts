import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';
import { redisServerInstalled, startPairOverPrivateRedis, type PairOverPrivateRedis, type PrivateRedis } from '../support/private-redis.js';
import { subscribe, waitFor } from '../support/subscription-client.js';
import type { TestApp } from '../support/test-app.js';
import { CREATE_TICKET, ticketDueIn } from '../support/cluster.js';

const ready = Boolean(process.env.TEST_DATABASE_URL) && redisServerInstalled;
type QueueChanged = { queueChanged: { ticket: { id: string } } };

describe.skipIf(!ready)('#16: a Redis outage fails no request, and events cross processes again once it is back', () => {
  let pair: PairOverPrivateRedis;
  let redis: PrivateRedis;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    pair = await startPairOverPrivateRedis();
    ({ redis, a, b } = pair);
  }, 90_000);
  afterAll(async () => pair?.close());

  it('reads and writes keep answering during the outage; recovery time is the first event to cross after Redis restarts', async () => {
    const lead = await a.login('lead@demo.local');
    const onB = await subscribe<QueueChanged>(b.url, await b.login('lead@demo.local'), `subscription { queueChanged { ticket { id } } }`);
    try {
      await redis.kill();
      const answers = await Promise.all([
        ...Array.from({ length: 5 }, () => postGraphQL(a.url, '{ me { email } }', {}, lead)),
        ...Array.from({ length: 3 }, () => postGraphQL<{ createTicket: { id: string } }>(a.url, CREATE_TICKET, { input: ticketDueIn(600) }, lead)),
      ]);
      expect(answers.map((r) => [r.status, r.body.errors ?? null])).toEqual(answers.map(() => [200, null]));

      await redis.start();
      const back = Date.now();
      let crossed = '';
      await waitFor(
        async () => {
          const { body } = await postGraphQL<{ createTicket: { id: string } }>(a.url, CREATE_TICKET, { input: ticketDueIn(600) }, lead);
          crossed = body.data!.createTicket.id;
          await new Promise((resolve) => setTimeout(resolve, 200));
          return onB.events.some((e) => e.queueChanged.ticket.id === crossed);
        },
        30_000,
        'events to cross processes again',
      );
      console.log(`[#16 redis outage] ${answers.length}/${answers.length} requests answered during the outage (0 failed); events crossed processes again ${Date.now() - back} ms after Redis came back, without a restart`);
    } finally {
      await onB.close();
    }
  }, 90_000);
});
