import { connect } from 'node:net';

export interface PlainMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

/**
 * One message to the desk's inbound SMTP listener (SMTP_INBOUND_PORT), spoken
 * as a mail server would (EHLO, MAIL, RCPT, DATA): the e-mail channel exactly
 * as customers reach it. Resolves with the final reply ("250 … registered as SD-…").
 */
export function sendMail(port: number, mail: PlainMail, timeoutMs = 20_000): Promise<string> {
  const message = [
    `From: ${mail.from}`,
    `To: ${mail.to}`,
    `Subject: =?UTF-8?B?${b64(mail.subject)}?=`,
    `Message-ID: <e2e-${Date.now()}-${Math.random().toString(36).slice(2)}@customer.example>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(mail.text).replace(/.{76}/g, '$&\r\n'),
  ].join('\r\n');
  const address = (value: string) => value.match(/<([^>]+)>/)?.[1] ?? value;
  const steps = [`EHLO e2e.example`, `MAIL FROM:<${address(mail.from)}>`, `RCPT TO:<${address(mail.to)}>`, 'DATA', `${message}\r\n.`, 'QUIT'];
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('SMTP conversation timed out'));
    }, timeoutMs);
    let buffer = '';
    let step = 0;
    let finalReply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      // A reply is complete at a line "NNN text" (no dash after the code).
      const lines = buffer.split('\r\n');
      const last = lines.filter(Boolean).at(-1) ?? '';
      if (!buffer.endsWith('\r\n') || !/^\d{3} /.test(last)) return;
      buffer = '';
      const code = Number(last.slice(0, 3));
      if (code >= 400) {
        clearTimeout(timer);
        socket.destroy();
        reject(new Error(`SMTP refused at step ${step}: ${last}`));
        return;
      }
      if (step === 5) finalReply = last;
      if (step < steps.length) socket.write(`${steps[step++]}\r\n`);
      else {
        clearTimeout(timer);
        socket.end();
        resolve(finalReply);
      }
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
