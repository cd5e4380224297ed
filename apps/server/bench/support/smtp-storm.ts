import nodemailer from 'nodemailer';

export interface StormDelivery {
  /** Send start → the server's answer, per message, ms (in the order given). */
  readonly latencies: number[];
  /** performance.now() of the first send and of the last answer. */
  readonly startedAt: number;
  readonly lastAnswerAt: number;
  /** Messages the server refused (an SMTP error), with the reason. */
  readonly refused: { readonly index: number; readonly reason: string }[];
}

/**
 * Delivers prepared messages to an SMTP listener as fast as it takes them:
 * `connections` pooled SMTP connections (nodemailer's pool, as a relay
 * flushing its queue after an outage would), every message queued at once, the
 * raw bytes sent unchanged so every listener gets exactly the same mail.
 */
export async function deliverStorm(
  port: number,
  messages: readonly { readonly raw: Buffer; readonly envelopeFrom: string }[],
  options: { readonly connections: number; readonly to: string },
): Promise<StormDelivery> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: options.connections,
    maxMessages: Infinity,
    // A listener busy with thousands of messages answers late; that is what is measured, not a failure.
    socketTimeout: 10 * 60_000,
    greetingTimeout: 60_000,
  });
  const latencies = new Array<number>(messages.length).fill(0);
  const refused: { index: number; reason: string }[] = [];
  let lastAnswerAt = 0;
  const startedAt = performance.now();
  try {
    await Promise.all(
      messages.map(async (message, index) => {
        const sent = performance.now();
        try {
          await transport.sendMail({ envelope: { from: message.envelopeFrom, to: [options.to] }, raw: message.raw });
        } catch (error) {
          refused.push({ index, reason: error instanceof Error ? error.message : String(error) });
        }
        const answered = performance.now();
        latencies[index] = answered - sent;
        if (answered > lastAnswerAt) lastAnswerAt = answered;
      }),
    );
  } finally {
    transport.close();
  }
  return { latencies, startedAt, lastAnswerAt, refused };
}
