import http from 'node:http';

export interface HttpResponse {
  readonly status: number;
  readonly body: string;
}

/**
 * A minimal JSON-over-HTTP client on one keep-alive socket: the product side
 * pays for one request on a warm connection, as a browser tab polling the API does,
 * and not for a connection handshake or a heavyweight client library.
 */
export class KeepAliveClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly base: URL;

  constructor(baseUrl: string) {
    this.base = new URL(baseUrl);
  }

  post(path: string, body: string, headers: Readonly<Record<string, string>> = {}): Promise<HttpResponse> {
    const payload = Buffer.from(body);
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          agent: this.agent,
          host: this.base.hostname,
          port: this.base.port,
          path,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(payload.length), ...headers },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
