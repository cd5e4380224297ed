import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useClockStore } from '@/stores/clock';
import { SESSION_STORAGE_KEY } from '@/stores/session';
import { mountWithApp } from '@/test-support/mount-app';
import PhoneCallPage from '../PhoneCallPage.vue';
import { agentUser } from './phone-fixtures';

describe('PhoneCallPage accessibility', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-02-16T07:05:30Z'));
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 't', user: agentUser }));
  });
  afterEach(() => {
    useClockStore().stop();
    vi.useRealTimers();
  });

  it('labels every control, marks the required ones and puts the caret in the identifier on open', async () => {
    const { wrapper } = await mountWithApp(PhoneCallPage, { route: '/phone', mount: { attachTo: document.body } });
    await flushPromises();
    const controls = wrapper.findAll('input, select, textarea');
    expect(controls.length).toBeGreaterThan(15);
    for (const control of controls) {
      const id = control.attributes('id');
      const labelled = (id && wrapper.find(`label[for="${id}"]`).exists()) || control.element.closest('label') !== null || control.attributes('aria-label');
      expect(labelled, `${control.attributes('name') ?? control.html()} has no label`).toBeTruthy();
    }
    for (const field of ['receivedAt', 'identifier', 'organizationName', 'contact.fullName', 'contact.position', 'contact.phone', 'subject', 'description']) {
      expect(wrapper.get(`[data-field="${field}"]`).attributes('aria-required')).toBe('true');
    }
    expect(wrapper.get('[data-testid="call-timer"]').attributes('role')).toBe('timer');
    expect(wrapper.get('[role="radiogroup"]').attributes('aria-labelledby')).toBe('call-criticality-label');
    expect(document.activeElement?.getAttribute('data-field')).toBe('identifier');
    wrapper.unmount();
  });
});
