import { addressOf } from '../../../common/mailbox.js';
import { ThreadTokens } from '../../../common/thread-token.js';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { AppConfig } from '../../../config.js';
import type { TicketServices } from '../../tickets/index.js';
import type { Orm } from '../../../infra/database/orm.js';
import type { Logger } from '../../../infra/logger.js';
import { FileStorage } from '../../files/index.js';
import { InboundMailProcessor, SmtpRefusal, type MailOutcome } from './inbound-mail.processor.js';

export interface EmailIntakeDependencies {
  readonly orm: Orm;
  readonly services: TicketServices;
  readonly config: Pick<
    AppConfig,
    'smtpInboundPort' | 'host' | 'filesDir' | 'mailFrom' | 'inboundMailMaxBytes' | 'inboundMailMaxRecipients' | 'inboundMailMaxAttachments' | 'jwtSecret' | 'mailAuthservId'
  >;
  readonly logger: Logger;
}

export interface EmailIntake {
  readonly port: number;
  readonly processor: InboundMailProcessor;
  close(): Promise<void>;
}

/**
 * The helpdesk mailbox (LVL-5): an SMTP listener that registers what it
 * accepts before it answers 250, so a message the server could not record is
 * refused with 451 and the sending server retries — nothing is lost. Plain
 * SMTP, no authentication: it is meant to sit behind the organization's MX
 * or relay, which handles TLS and spam filtering. Null when SMTP_INBOUND_PORT
 * is not set.
 */
export async function startEmailIntake(deps: EmailIntakeDependencies): Promise<EmailIntake | null> {
  const { config, logger } = deps;
  if (config.smtpInboundPort === null) return null;
  const processor = new InboundMailProcessor({
    orm: deps.orm,
    services: deps.services,
    storage: new FileStorage(config.filesDir),
    logger,
    maxAttachments: config.inboundMailMaxAttachments,
    ownAddresses: [addressOf(config.mailFrom)],
    threadTokens: new ThreadTokens(config.jwtSecret),
    authservId: config.mailAuthservId,
  });
  const maxBytes = config.inboundMailMaxBytes;
  const inFlight = new Set<Promise<unknown>>();

  const server = new SMTPServer({
    name: 'desk.local',
    banner: 'Confident technical support helpdesk',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    maxRecipients: config.inboundMailMaxRecipients,
    logger: false,
    closeTimeout: 2_000,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null, message?: string) => void) {
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        // Past the limit the rest is only drained: the message is refused anyway.
        if (bytes <= maxBytes) chunks.push(chunk);
      });
      stream.once('error', (error: Error) => callback(error));
      stream.once('end', () => {
        if (stream.sizeExceeded) {
          callback(
            new SmtpRefusal(
              552,
              `Message too big (${describeBytes(bytes)}): the size limit is ${describeBytes(maxBytes)}. ` +
                'Send large files (logs, dumps, OS images) through the support portal file exchange instead.',
            ),
          );
          return;
        }
        const receivedAt = deps.services.clock.now();
        const mailFrom = session.envelope.mailFrom;
        const work = processor
          .receive({ raw: Buffer.concat(chunks), receivedAt, envelopeFrom: mailFrom ? mailFrom.address : null })
          .then(
            (outcome) => callback(null, acceptance(outcome)),
            (error: unknown) => {
              if (error instanceof SmtpRefusal) return callback(error);
              logger.error('inbound mail failed before it was recorded', error);
              callback(new SmtpRefusal(451, 'Temporary failure while receiving the message; please try again later'));
            },
          );
        inFlight.add(work);
        void work.finally(() => inFlight.delete(work));
      });
    },
  });
  server.on('error', (error) => logger.error('inbound SMTP connection error', error));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.smtpInboundPort!, config.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  logger.info('inbound e-mail listening', { port, maxBytes, maxAttachments: config.inboundMailMaxAttachments });
  return {
    port,
    processor,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Messages being registered finish, so the sender gets its answer and the database its rows.
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** The 250 text: what became of the message, for the sender's logs. */
function acceptance(outcome: MailOutcome): string {
  const what = outcome.duplicate
    ? `already received as inbound mail ${outcome.inboundMailId}`
    : outcome.ticketNumber
      ? `${outcome.status.toLowerCase()} as ${outcome.ticketNumber}`
      : `${outcome.status.toLowerCase()}, inbound mail ${outcome.inboundMailId}`;
  return `OK: ${what}${outcome.duplicate && outcome.ticketNumber ? ` (${outcome.ticketNumber})` : ''}`;
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}
