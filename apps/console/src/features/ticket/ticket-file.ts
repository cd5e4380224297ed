import type { TicketDetailFragment } from './graphql/ticketDetail.api';

/** An attachment as the files card shows it (`Ticket.files`, TKT-10). */
export type TicketFileView = Pick<TicketDetailFragment['files'][number], 'id' | 'fileName' | 'size' | 'sha256' | 'downloadUrl'>;
