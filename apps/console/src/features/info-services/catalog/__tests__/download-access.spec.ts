import { describe, expect, it } from 'vitest';
import { fileOpening } from '../catalog-file-link';
import { downloadAccess, type ContractView } from '../download-access';
import { compareVersionsDesc, groupByVersion } from '../version-order';

const TODAY = '2026-11-24';
const dl = (overrides: Partial<ContractView>): ContractView => ({
  identifier: 'DL-BASIC-0001',
  active: true,
  validFrom: '2025-11-24',
  validUntil: '2027-11-24',
  product: { id: '1' },
  ...overrides,
});

describe('downloadAccess (SVC-2, LVL-3: explains the server’s decision)', () => {
  it('staff may download everything', () => {
    expect(downloadAccess({ productId: '1', downloadsAvailable: true, isStaff: true, contracts: null, today: TODAY })).toEqual({ kind: 'STAFF' });
  });

  it('an active contract names itself and its end', () => {
    expect(downloadAccess({ productId: '1', downloadsAvailable: true, isStaff: false, contracts: [dl({})], today: TODAY })).toEqual({
      kind: 'ACTIVE',
      identifier: 'DL-BASIC-0001',
      validUntil: '2027-11-24',
    });
  });

  it('an expired contract (ООО Гамма) says when support ended', () => {
    const contracts = [dl({ identifier: 'DL-EXPIRED-0001', active: false, validFrom: '2023-01-01', validUntil: '2024-12-31' })];
    expect(downloadAccess({ productId: '1', downloadsAvailable: false, isStaff: false, contracts, today: TODAY })).toEqual({
      kind: 'EXPIRED',
      identifier: 'DL-EXPIRED-0001',
      validUntil: '2024-12-31',
    });
  });

  it('a contract yet to start says when access begins, even beside an expired one', () => {
    const contracts = [dl({ active: false, validFrom: '2023-01-01', validUntil: '2024-12-31' }), dl({ identifier: 'DL-NEW', active: false, validFrom: '2027-01-01' })];
    expect(downloadAccess({ productId: '1', downloadsAvailable: false, isStaff: false, contracts, today: TODAY })).toMatchObject({ kind: 'NOT_STARTED', validFrom: '2027-01-01' });
  });

  it('no contract for this product (АО Альфа and the hardware)', () => {
    expect(downloadAccess({ productId: '2', downloadsAvailable: false, isStaff: false, contracts: [dl({})], today: TODAY })).toEqual({ kind: 'NO_CONTRACT' });
  });

  it('the server decides: contracts that could not be read leave a generic reason', () => {
    expect(downloadAccess({ productId: '1', downloadsAvailable: false, isStaff: false, contracts: null, today: TODAY })).toEqual({ kind: 'UNAVAILABLE' });
  });
});

describe('fileOpening', () => {
  it('nothing to open unless the server entitles the caller', () => {
    expect(fileOpening({ available: false, downloadUrl: null, url: null })).toBeNull();
  });

  it('external files open at their own address; stored ones are fetched with the token', () => {
    expect(fileOpening({ available: true, downloadUrl: '/catalog/files/1/content', url: 'https://updates.example/a.zip' })).toEqual({
      kind: 'EXTERNAL',
      href: 'https://updates.example/a.zip',
    });
    expect(fileOpening({ available: true, downloadUrl: '/catalog/files/2/content', url: null })).toEqual({ kind: 'WITH_TOKEN', path: '/catalog/files/2/content' });
    expect(fileOpening({ available: true, downloadUrl: 'https://docs.example/guide.pdf' })).toEqual({ kind: 'EXTERNAL', href: 'https://docs.example/guide.pdf' });
    expect(fileOpening({ available: true, downloadUrl: 'javascript:alert(1)' })).toBeNull();
    expect(fileOpening({ available: true, downloadUrl: '//evil.example/x' })).toBeNull();
  });
});

describe('version order', () => {
  it('newest first, number by number', () => {
    expect(['8.0.500', '8.0.565', '10.1', '9.9', '8.0.1000'].sort(compareVersionsDesc)).toEqual(['10.1', '9.9', '8.0.1000', '8.0.565', '8.0.500']);
  });

  it('SVC-4: documents grouped by version, the newest version first', () => {
    const groups = groupByVersion(
      [
        { title: 'Руководство администратора', v: '8.0.565' },
        { title: 'Руководство администратора', v: '8.0.500' },
        { title: 'Руководство пользователя', v: '8.0.565' },
      ],
      (d) => d.v,
    );
    expect(groups.map((g) => [g.version, g.items.map((d) => d.title)])).toEqual([
      ['8.0.565', ['Руководство администратора', 'Руководство пользователя']],
      ['8.0.500', ['Руководство администратора']],
    ]);
  });
});
