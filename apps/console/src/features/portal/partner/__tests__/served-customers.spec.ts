import { describe, expect, it } from 'vitest';
import { levelsOf, selectedCustomer, servedCustomers } from '../served-customers';

const alfa = { id: '2', name: 'АО Альфа', kind: 'CUSTOMER' };
const gamma = { id: '4', name: 'ООО Гамма', kind: 'CUSTOMER' };

describe('partner: customers it serves', () => {
  it('joins the organizations query with the organizations of its tickets, by name, customers only', () => {
    const tickets = [{ organization: { id: '4', name: 'ООО Гамма' } }, { organization: { id: '2', name: 'АО Альфа' } }];
    expect(servedCustomers([gamma, { id: '5', name: 'ООО Партнёр-Сервис', kind: 'PARTNER' }], tickets)).toEqual([
      { id: '2', name: 'АО Альфа' },
      { id: '4', name: 'ООО Гамма' },
    ]);
  });

  it('without the organizations query the list comes from the tickets alone', () => {
    expect(servedCustomers(null, [{ organization: alfa }, { organization: alfa }])).toEqual([{ id: '2', name: 'АО Альфа' }]);
    expect(servedCustomers(undefined, [])).toEqual([]);
  });

  it('keeps the chosen customer only while it is still served', () => {
    const customers = [{ id: '2', name: 'АО Альфа' }];
    expect(selectedCustomer(customers, '2')).toBe('2');
    expect(selectedCustomer(customers, '3')).toBeNull();
    expect(selectedCustomer(customers, ['2'])).toBeNull();
  });

  it("LVL-4: the levels of the customer's contracts in force; both when unknown", () => {
    const contracts = [
      { supportLevel: 'BASIC' as const, active: true, organization: { id: '2' } },
      { supportLevel: 'EXTENDED' as const, active: false, organization: { id: '2' } },
      { supportLevel: 'EXTENDED' as const, active: true, organization: { id: '3' } },
    ];
    expect(levelsOf(contracts, '2')).toEqual(['BASIC']);
    expect(levelsOf(contracts, null)).toEqual(['EXTENDED', 'BASIC']);
    expect(levelsOf(contracts, '9')).toEqual([]);
    expect(levelsOf([{ supportLevel: 'EXTENDED', active: false, organization: { id: '4' } }], '4')).toEqual(['EXTENDED']);
  });
});
