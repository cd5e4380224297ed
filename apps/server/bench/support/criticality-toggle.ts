import type { KeepAliveClient } from './http-client.js';
import { monotonicMs } from './monotonic.js';

const CHANGE_CRITICALITY =
  'mutation($id: ID!, $c: Criticality!) { changeCriticality(ticketId: $id, criticality: $c, reason: "fan-out benchmark") { id criticality } }';

export interface ToggleResult {
  /** monotonicMs as the request left. */
  readonly sent: number;
  /** monotonicMs as the answer arrived. */
  readonly answered: number;
}

/**
 * One real queue change per call: the bench ticket's criticality flipped with
 * the changeCriticality mutation (a transaction, a queue move, a version in the
 * event log, a queueChanged event), as an agent would.
 */
export class CriticalityToggle {
  private criticality = 'CRITICAL';

  constructor(
    private readonly http: KeepAliveClient,
    private readonly headers: Record<string, string>,
    private readonly ticketId: string,
  ) {}

  async flip(): Promise<ToggleResult> {
    const next = this.criticality === 'CRITICAL' ? 'NON_CRITICAL' : 'CRITICAL';
    const body = JSON.stringify({ query: CHANGE_CRITICALITY, variables: { id: this.ticketId, c: next } });
    const sent = monotonicMs();
    const response = await this.http.post('/graphql', body, this.headers).catch((error: unknown) => {
      // The keep-alive socket went idle past the server's timeout (opening 10 000 clients takes a while) and was
      // closed as the request left: the server never read it, so sending it again on a new socket is safe.
      if ((error as { code?: string }).code !== 'ECONNRESET') throw error;
      return this.http.post('/graphql', body, this.headers);
    });
    const answered = monotonicMs();
    const parsed = JSON.parse(response.body) as { data?: { changeCriticality?: { criticality: string } }; errors?: unknown };
    if (response.status !== 200 || parsed.errors || parsed.data?.changeCriticality?.criticality !== next) {
      throw new Error(`changeCriticality answered HTTP ${response.status}: ${response.body.slice(0, 300)}`);
    }
    this.criticality = next;
    return { sent, answered };
  }
}
