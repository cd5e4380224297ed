import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { badUserInput, byOperation } from '@/test-support/api-answers';
import { mountWithApp } from '@/test-support/mount-app';
import { savedSession } from '@/test-support/users';
import ServiceHoursPage from '../ServiceHoursPage.vue';

const admin = { __typename: 'User', id: '4', fullName: 'Анна Администратор' };
const version = (id: string | null, text: string | null, effectiveFrom: string | null, changedBy: typeof admin | null = null) => ({
  __typename: 'ServiceHoursVersion',
  id,
  text,
  alwaysOpen: text === null,
  effectiveFrom,
  changedBy,
});
const levels = [
  {
    __typename: 'ServiceHoursOfLevel',
    supportLevel: 'BASIC',
    workingDaysOnly: true,
    inForce: {
      __typename: 'ServiceHoursVersion',
      id: '1',
      text: '09:00-13:00,14:00-18:00',
      alwaysOpen: false,
      periods: [
        { __typename: 'ServicePeriod', opensAt: '09:00', closesAt: '13:00' },
        { __typename: 'ServicePeriod', opensAt: '14:00', closesAt: '18:00' },
      ],
    },
    versions: [version('1', '09:00-13:00,14:00-18:00', '2026-03-04T09:31:00Z', admin), version(null, '09:00-18:00', null)],
  },
  {
    __typename: 'ServiceHoursOfLevel',
    supportLevel: 'EXTENDED',
    workingDaysOnly: false,
    inForce: { __typename: 'ServiceHoursVersion', id: null, text: null, alwaysOpen: true, periods: [] },
    versions: [version(null, null, null)],
  },
];

async function mountPage(answers: Parameters<typeof byOperation>[0]) {
  savedSession('ADMIN');
  const mounted = await mountWithApp(ServiceHoursPage, { route: '/admin/service-hours', handler: byOperation({ ServiceHours: () => ({ data: { serviceHours: levels } }), ...answers }) });
  await flushPromises();
  return mounted;
}

describe('ServiceHoursPage (#14, LVL-2)', () => {
  it('LVL-2: shows each level in force with its history, the default last', async () => {
    const { wrapper } = await mountPage({});
    const basic = wrapper.get('[data-testid="service-hours-BASIC"]');
    expect(basic.get('[data-testid="in-force"]').text()).toBe('09:00–13:00, 14:00–18:00');
    expect(basic.findAll('[data-testid="period-row"]')).toHaveLength(2);
    expect(basic.findAll('[data-testid="version-row"]').map((r) => r.text())).toEqual([
      expect.stringContaining('Анна Администратор'),
      expect.stringContaining('по умолчанию'),
    ]);
    const extended = wrapper.get('[data-testid="service-hours-EXTENDED"]');
    expect(extended.get('[data-testid="in-force"]').text()).toBe('Круглосуточно (24×7)');
    expect((extended.get('[data-testid="always-open"]').element as HTMLInputElement).checked).toBe(true);
    expect(basic.find('[data-testid="always-open"]').exists()).toBe(false);
  });

  it('LVL-2: saves EXTENDED 08:00–22:00 and puts the server\'s field problem next to its input', async () => {
    let asked: Record<string, unknown> | null = null;
    const { wrapper } = await mountPage({
      SetServiceHours: (operation) => {
        asked = operation.variables;
        return badUserInput([{ field: 'periods.0.closesAt', message: 'must be after opensAt, within the same day' }]);
      },
    });
    const extended = wrapper.get('[data-testid="service-hours-EXTENDED"]');
    await extended.get('[data-testid="always-open"]').setValue(false);
    await extended.get('[data-testid="add-period"]').trigger('click');
    await extended.get('input[name="periods.0.opensAt"]').setValue('22:00');
    await extended.get('input[name="periods.0.closesAt"]').setValue('08:00');
    await extended.get('form').trigger('submit');
    await flushPromises();
    expect(asked).toEqual({ supportLevel: 'EXTENDED', periods: [{ opensAt: '22:00', closesAt: '08:00' }], effectiveFrom: null });
    expect(extended.get('[data-testid="field-error"][data-for="periods.0.closesAt"]').text()).toBe('must be after opensAt, within the same day');
  });
});
