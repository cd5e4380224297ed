import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { useFakeClock } from '@/test-support/useFakeClock';
import { mountWithApp } from '@/test-support/mount-app';
import PhoneCallPage from '../PhoneCallPage.vue';
import { agentUser, signInAs } from '@/test-support/users';

describe('PhoneCallPage accessibility', () => {
  useFakeClock(new Date('2026-02-16T07:05:30Z'));

  it('labels every control, marks the required ones and puts the caret in the identifier on open', async () => {
    signInAs(agentUser);
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
    const criticality = wrapper.get('[role="radiogroup"]');
    expect(wrapper.get(`#${criticality.attributes('aria-labelledby')}`).text()).toContain('Критичность');
    expect(wrapper.get(`#${criticality.attributes('aria-describedby')}`).attributes('data-testid')).toBe('criticality-hint');
    expect(document.activeElement?.getAttribute('data-field')).toBe('identifier');
    wrapper.unmount();
  });
});
