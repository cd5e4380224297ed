import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly type: string;
  readonly data: Record<string, any>;
}

/** How the receiver answers: 200, 500, or never (the sender's timeout must end the request). */
export type ReceiverMode = 'accept' | 'fail' | 'hang';

export interface WebhookReceiver {
  readonly url: string;
  readonly received: ReceivedWebhook[];
  mode: ReceiverMode;
  /** The received messages of one type, in arrival order. */
  ofType(type: string): ReceivedWebhook[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 that records every webhook request it gets. */
export async function startWebhookReceiver(mode: ReceiverMode = 'accept'): Promise<WebhookReceiver> {
  const hanging = new Set<ServerResponse>();
  const received: ReceivedWebhook[] = [];
  const receiver = {
    url: '',
    received,
    mode,
    ofType: (type: string) => received.filter((r) => r.type === type),
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const parsed = JSON.parse(body) as { type: string; data: Record<string, any> };
      received.push({ headers: request.headers, body, type: parsed.type, data: parsed.data });
      if (receiver.mode === 'hang') {
        hanging.add(response);
        return;
      }
      response.writeHead(receiver.mode === 'accept' ? 200 : 500).end(receiver.mode === 'accept' ? 'ok' : 'broken');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}
