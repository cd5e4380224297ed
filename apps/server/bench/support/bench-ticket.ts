import type { KeepAliveClient } from './http-client.js';

const CREATE_TICKET = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id criticality } }';

/** An EXTENDED CRITICAL incident received a minute ago: its deadlines (20 min) stay far away during the run. */
export async function createBenchTicket(http: KeepAliveClient, headers: Record<string, string>): Promise<string> {
  const input = {
    identifier: 'DL-EXT-0001',
    organizationName: 'ПАО Бета',
    contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02' },
    subject: 'Fan-out benchmark ticket',
    description: 'Reclassified back and forth by the fan-out benchmark.',
    category: 'INCIDENT',
    criticality: 'CRITICAL',
    channel: 'PHONE',
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
  };
  const response = await http.post('/graphql', JSON.stringify({ query: CREATE_TICKET, variables: { input } }), headers);
  const id = (JSON.parse(response.body) as { data?: { createTicket?: { id?: string } } }).data?.createTicket?.id;
  if (!id) throw new Error(`createTicket failed: HTTP ${response.status} ${response.body.slice(0, 300)}`);
  return id;
}
