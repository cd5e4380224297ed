import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp } from '@/test-support/mount-app';
import IntegratorPage from '../IntegratorPage.vue';

describe('IntegratorPage accessibility', () => {
  beforeEach(() => localStorage.clear());

  it('WAI-ARIA tabs: one selected and focusable, each controlling the panel', async () => {
    const { wrapper } = await mountWithApp(IntegratorPage, { route: '/developers?tab=examples' });
    await flushPromises();
    const tabs = wrapper.findAll('[role="tab"]');
    expect(tabs.filter((tab) => tab.attributes('aria-selected') === 'true').map((tab) => tab.attributes('id'))).toEqual(['integrator-tab-examples']);
    expect(tabs.map((tab) => tab.attributes('tabindex'))).toEqual(['-1', '-1', '0', '-1', '-1']);
    const panel = wrapper.get('[role="tabpanel"]');
    expect(panel.attributes('id')).toBe(wrapper.get('#integrator-tab-examples').attributes('aria-controls'));
    // Every snippet and copy button says which example it belongs to.
    const copyLabels = wrapper.findAll('[data-testid="copy-code"]').map((button) => button.attributes('aria-label'));
    expect(new Set(copyLabels).size).toBe(copyLabels.length);
  });

  it('labels the schema search and marks the current type in the list', async () => {
    const { wrapper } = await mountWithApp(IntegratorPage, { route: '/developers?type=Ticket' });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="schema-type-list"]').exists()).toBe(true));
    expect(wrapper.get('label[for="schema-search"]').text()).toBe('Поиск по схеме');
    expect(wrapper.get('[data-testid="schema-type"][aria-current="page"]').attributes('data-type')).toBe('Ticket');
    expect(wrapper.get('[data-testid="schema-type-detail"]').attributes('aria-labelledby')).toBe('schema-title-Ticket');
  });
});
