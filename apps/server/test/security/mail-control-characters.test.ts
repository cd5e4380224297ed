import { describe, expect, it } from 'vitest';
import { InboundMailStatus } from '../../src/entities/channels/inbound-mail.entity.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { useEmailDesk, ARRIVAL, ANNA } from '../support/email-desk.js';
import type { ManualClock } from '../support/test-app.js';
import type { TestEmailIntake } from '../support/email-intake-app.js';

/** #15 finding 4: a mail client's NUL is dropped, the message registered — not answered 451 on every retry. */
describe.each(TEST_DATABASES)('inbound e-mail with control characters on %s', (kind) => {
  let clock: ManualClock;
  let mail: TestEmailIntake;
  const { messageId, read, inbound, ticketOf } = useEmailDesk(kind, (desk) => ({ clock, mail } = desk));

  it('ID-1: NUL and other control characters in the subject and text are stripped and the request becomes a ticket', async () => {
    clock.set(ARRIVAL);
    const id = messageId();
    const info = await mail.send({
      from: `Анна Альфина <${ANNA.email}>`,
      subject: 'Служба\u0000 не запускается\u0007',
      text: 'После перезагрузки\u0000 служба не стартует,\u001b ошибка 1053.',
      messageId: id,
    });
    expect(info.response).toMatch(/^250 .*registered as SD-\d{6}/);
    const stored = await inbound(id);
    expect(stored.status).toBe(InboundMailStatus.REGISTERED);
    const ticket = await read(await ticketOf(id));
    expect(ticket.subject).toBe('Служба не запускается');
    expect(ticket.description).toContain('После перезагрузки служба не стартует, ошибка 1053.');
  });
});
