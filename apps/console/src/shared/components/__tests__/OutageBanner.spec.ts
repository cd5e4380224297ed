import { mount } from '@vue/test-utils';
import { nextTick } from 'vue';
import { describe, expect, it } from 'vitest';
import { createDeskI18n } from '@/i18n';
import { OutageNoticeKey } from '@/shared/graphql/outage-notice-key';
import { createOutageNotice } from '@/shared/graphql/outage-retry';
import OutageBanner from '../OutageBanner.vue';

describe('#16: the one outage notice', () => {
  it.each([
    ['ru', 'Сервис временно недоступен. Повторяем запрос…'],
    ['en', 'The service is temporarily unavailable. Retrying…'],
  ] as const)('%s: shown while reads are retried, gone once they recovered', async (locale, text) => {
    const notice = createOutageNotice();
    const wrapper = mount(OutageBanner, { global: { plugins: [createDeskI18n(locale)], provide: { [OutageNoticeKey as symbol]: notice } } });
    expect(wrapper.find('[data-testid="service-unavailable"]').exists()).toBe(false);
    notice.begin();
    notice.begin();
    await nextTick();
    expect(wrapper.findAll('[data-testid="service-unavailable"]')).toHaveLength(1);
    expect(wrapper.get('[role="status"]').text()).toBe(text);
    notice.end();
    await nextTick();
    expect(wrapper.find('[data-testid="service-unavailable"]').exists()).toBe(true);
    notice.end();
    await nextTick();
    expect(wrapper.find('[data-testid="service-unavailable"]').exists()).toBe(false);
  });
});
