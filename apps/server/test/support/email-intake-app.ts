import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { startEmailIntake, type EmailIntake, type EmailIntakeDependencies } from '../../src/modules/channels/email/email-intake.js';
import type { TestApp } from './test-app.js';
import { loadConfig } from '../../src/config.js';
import { recordingLogger } from './outbox-helpers.js';

export interface TestEmailIntake extends EmailIntake {
  readonly filesDir: string;
  /** Sends one message over real SMTP; resolves with the server's answer, rejects with its refusal. */
  send(message: Mail.Options): Promise<SMTPTransport.SentMessageInfo>;
}

/** The inbound SMTP listener on a random local port, on the test app's database and services. */
export async function startTestEmailIntake(
  t: TestApp,
  limits: Partial<Pick<EmailIntakeDependencies['config'], 'inboundMailMaxBytes' | 'inboundMailMaxRecipients' | 'inboundMailMaxAttachments' | 'mailAuthservId'>> = {},
): Promise<TestEmailIntake> {
  const filesDir = mkdtempSync(join(tmpdir(), 'desk-mail-files-'));
  const intake = await startEmailIntake({
    orm: t.app.orm,
    services: t.app.services,
    config: {
      smtpInboundPort: 0,
      host: '127.0.0.1',
      filesDir,
      mailFrom: 'Техническая поддержка <helpdesk@confident.ru>',
      inboundMailMaxBytes: 5 * 1024 * 1024,
      inboundMailMaxRecipients: 5,
      inboundMailMaxAttachments: 10,
      jwtSecret: loadConfig({ NODE_ENV: 'test' }).jwtSecret,
      mailAuthservId: null,
      ...limits,
    },
    logger: recordingLogger(),
  });
  if (!intake) throw new Error('the e-mail intake did not start');
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: intake.port, secure: false, ignoreTLS: true });
  return {
    ...intake,
    filesDir,
    send: (message) => transport.sendMail({ to: 'helpdesk@confident.ru', ...message }),
    async close() {
      transport.close();
      await intake.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
