import { normalizeOrganizationName } from '@desk/sla';
import { describe, expect, it } from 'vitest';
import { Locale } from '../../src/entities/notifications/notification.enums.js';
import { IdentifierKind, OrganizationKind } from '../../src/entities/organizations/organization.enums.js';
import type { DirectorySnapshot, ExistingContract } from '../../src/modules/directory-import/directory-snapshot.js';
import { readImportFile } from '../../src/modules/directory-import/import-file.js';
import { planImport } from '../../src/modules/directory-import/import-plan.js';

const HEADER = 'organization;contract;level;valid_from;valid_until;products;contact_name;contact_position;contact_phone;contact_email';
const ALFA_CONTRACT: ExistingContract = {
  id: 10,
  organizationId: 1,
  organizationName: 'АО Альфа',
  identifiers: [{ identifier: 'DL-BASIC-0001', normalized: 'DL-BASIC-0001', kind: IdentifierKind.LICENSE_NUMBER }],
  productIds: [100],
  productNames: ['Dallas Lock 8.0'],
  supportLevel: 'BASIC',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
};
const SNAPSHOT: DirectorySnapshot = {
  organizations: new Map([
    [normalizeOrganizationName('АО Альфа'), { id: 1, name: 'АО Альфа', kind: OrganizationKind.CUSTOMER }],
    [normalizeOrganizationName('ООО Партнёр-Сервис'), { id: 2, name: 'ООО Партнёр-Сервис', kind: OrganizationKind.PARTNER }],
  ]),
  contractsByIdentifier: new Map([['DL-BASIC-0001', ALFA_CONTRACT]]),
  contactsByOrganization: new Map([[1, [{ id: 50, fullName: 'Анна Альфина', position: 'Инженер', phone: '+7 495 000-00-01', email: 'anna@alfa.example', locale: Locale.RU }]]]),
  products: new Map([['dallas lock 8.0', { id: 100, name: 'Dallas Lock 8.0' }]]),
};

function plan(...rows: string[]) {
  const file = readImportFile(new TextEncoder().encode([HEADER, ...rows].join('\n')));
  expect(file.problems).toEqual([]);
  return planImport(file.rows, SNAPSHOT);
}

describe('directory import: the plan against the directory (#12, pure)', () => {
  it('the directory as the file says is unchanged; a changed level or a changed phone is an update; the rest is new', () => {
    const same = plan('АО Альфа;DL-BASIC-0001;BASIC;2026-01-01;2026-12-31;dallas lock 8.0;Анна Альфина;Инженер;+7 495 000-00-01;anna@alfa.example');
    expect(same).toMatchObject({ organizations: { create: [], unchanged: 1 }, contracts: { create: [], update: [], unchanged: 1 }, contacts: { create: [], update: [], unchanged: 1 }, problems: [] });

    const changed = plan('АО Альфа;DL-BASIC-0001;EXTENDED;2026-01-01;2026-12-31;Dallas Lock 8.0;Анна Альфина;Инженер;+7 495 999-99-99;anna@alfa.example');
    expect(changed.contracts.update.map((c) => [c.existing.id, c.supportLevel])).toEqual([[10, 'EXTENDED']]);
    expect(changed.contacts.update.map((c) => [c.existing.id, c.phone])).toEqual([[50, '+7 495 999-99-99']]);

    const fresh = plan('АО Новая;NEW-1;BASIC;2027-01-01;2027-12-31;Dallas Lock 8.0;Олег;Инженер;+7 495 000-00-02;', 'АО Новая;;;;;;Ирина;Директор;+7 495 000-00-03;');
    expect(fresh.organizations.create).toEqual([{ name: 'АО Новая', normalized: expect.any(String) }]);
    expect(fresh.contracts.create).toHaveLength(1);
    expect(fresh.contacts.create.map((c) => c.fullName)).toEqual(['Олег', 'Ирина']);
  });

  it('LVL-1: an identifier of another organization\'s contract is IDENTIFIER_TAKEN, naming the identifier and its holder', () => {
    const taken = plan('АО Новая;NEW-2|dl-basic-0001;BASIC;2027-01-01;2027-12-31;Dallas Lock 8.0;;;;');
    expect(taken.problems).toEqual([{ line: 2, column: 'contract', code: 'IDENTIFIER_TAKEN', message: 'dl-basic-0001 already identifies contract DL-BASIC-0001 of АО Альфа' }]);
    expect(taken.contracts.create).toEqual([]);
  });

  it('rows that repeat a contract or a contact agree or are CONFLICTING_ROWS; unknown products and partner organizations are named', () => {
    const result = plan(
      'АО Новая;N-1;BASIC;2027-01-01;2027-12-31;Dallas Lock 8.0;Олег;Инженер;+7 495 000-00-02;oleg@new.example',
      'АО Новая;N-1;BASIC;2027-01-01;2027-12-31;Dallas Lock 8.0;;;;',
      'АО Новая;N-1;EXTENDED;2027-01-01;2027-12-31;Dallas Lock 8.0;Олег;Директор;+7 495 000-00-02;oleg@new.example',
      'АО Другая;N-1;BASIC;2027-01-01;2027-12-31;Dallas Lock 8.0;;;;',
      'АО Новая;N-2;BASIC;2027-01-01;2027-12-31;Secret Net;;;;',
      'ООО Партнёр-Сервис;;;;;;Пётр;Инженер;+7 495 000-00-04;',
    );
    expect(result.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [4, 'contract', 'CONFLICTING_ROWS'],
      [4, 'contact_name', 'CONFLICTING_ROWS'],
      [5, 'contract', 'CONFLICTING_ROWS'],
      [6, 'products', 'UNKNOWN_PRODUCT'],
      [7, 'organization', 'NOT_A_CUSTOMER'],
    ]);
    expect(result.problems[0]!.message).toBe('N-1 is also on line 2, with other terms');
    expect(result.contracts.create).toHaveLength(1);
  });
});
