import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountWithApp } from '@/test-support/mount-app';
import { ticketDetail } from '../../__tests__/ticket-fixture';
import type { TicketDetailFragment } from '../../graphql/ticketDetail.api';
import ReactionNoticeCard from '../ReactionNoticeCard.vue';

function failedNotice(failure: 'NO_CONTACT_ADDRESS' | 'DELIVERY_FAILED', error: string): TicketDetailFragment {
  return ticketDetail({
    status: 'IN_PROGRESS',
    reactionNotice: { __typename: 'ReactionNotice', state: 'FAILED', channel: 'PHONE', deliveredAt: null, proof: null, error, failure },
  });
}

async function errorShown(ticket: TicketDetailFragment, locale: 'ru' | 'en'): Promise<string> {
  const card = defineComponent({ setup: () => () => h(ReactionNoticeCard, { ticket }) });
  const { wrapper } = await mountWithApp(card, { route: '/sign-in', locale });
  return wrapper.find('[data-testid="reaction-notice-error"]').text();
}

describe('ReactionNoticeCard: why the notice failed (SLA-3, #18)', () => {
  it("says 'no e-mail address' in the reader's language, not the server's English", async () => {
    const ticket = failedNotice('NO_CONTACT_ADDRESS', 'the contact person has no e-mail address');
    expect(await errorShown(ticket, 'ru')).toBe('у контактного лица нет адреса электронной почты');
    expect(await errorShown(ticket, 'en')).toBe('the contact person has no e-mail address');
  });

  it("shows a mail server's own answer as it came", async () => {
    expect(await errorShown(failedNotice('DELIVERY_FAILED', '550 5.1.1 mailbox unavailable'), 'ru')).toBe('550 5.1.1 mailbox unavailable');
  });
});
