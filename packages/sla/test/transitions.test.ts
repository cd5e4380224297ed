import { describe, expect, it } from 'vitest';
import { missingAppendixItems, nextStatus, type AppendixFacts, type TicketAction, type TicketStatus } from '../src/index.js';

const OPEN: TicketStatus[] = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER'];
const ACTIONS: TicketAction[] = [
  'START_WORK', 'REPLY', 'CUSTOMER_ANSWER', 'CLOSE', 'AUTO_CLOSE', 'REJECT', 'NOTE', 'ASSIGN', 'ESCALATE',
  'RECLASSIFY', 'SPLIT', 'SET_EXPECTED_RESOLUTION', 'UPDATE_DETAILS',
];

describe('TKT-2 lifecycle', () => {
  it.each([
    ['NEW', 'START_WORK', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'START_WORK', null],
    ['NEW', 'REPLY', null],
    ['IN_PROGRESS', 'REPLY', 'WAITING_FOR_CUSTOMER'],
    ['WAITING_FOR_CUSTOMER', 'REPLY', 'WAITING_FOR_CUSTOMER'],
    ['WAITING_FOR_CUSTOMER', 'CUSTOMER_ANSWER', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'CUSTOMER_ANSWER', 'IN_PROGRESS'],
    ['NEW', 'CUSTOMER_ANSWER', 'NEW'],
    ['WAITING_FOR_CUSTOMER', 'AUTO_CLOSE', 'CLOSED'],
    ['IN_PROGRESS', 'AUTO_CLOSE', null],
    ['NEW', 'CLOSE', 'CLOSED'],
    ['IN_PROGRESS', 'REJECT', 'REJECTED'],
  ] as const)('TKT-2: %s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('TKT-4: closed and rejected tickets never change, except for a staff note', () => {
    for (const final of ['CLOSED', 'REJECTED'] as const) {
      for (const action of ACTIONS) expect(nextStatus(final, action)).toBe(action === 'NOTE' ? final : null);
    }
  });

  it('TKT-2: every open status can be closed or rejected', () => {
    for (const status of OPEN) {
      expect(nextStatus(status, 'CLOSE')).toBe('CLOSED');
      expect(nextStatus(status, 'REJECT')).toBe('REJECTED');
    }
  });
});

describe('TKT-8 appendix 1 completeness', () => {
  const complete: AppendixFacts = {
    productKind: 'SOFTWARE', productVersion: '8.0', buildNumber: '8.0.565', osVersion: 'Windows 10 22H2', osBitness: 'X64',
    hardwareModel: null, bootMode: null, occursWhen: 'при входе', stepsToReproduce: '1. войти', errorText: 'Ошибка 5',
    installedSoftware: 'Office', fileNames: ['screen.png', 'server.nfo'],
  };

  it('TKT-8: a complete software request lacks nothing', () => {
    expect(missingAppendixItems(complete)).toEqual([]);
  });

  it('TKT-8: hardware also needs the device model and Legacy/UEFI', () => {
    expect(missingAppendixItems({ ...complete, productKind: 'HARDWARE' }).map((m) => m.item)).toEqual(['HARDWARE_MODEL', 'BOOT_MODE']);
  });

  it('TKT-8: blank fields are missing; screenshots and msinfo32 are recommended, not required', () => {
    const missing = missingAppendixItems({ ...complete, buildNumber: '  ', errorText: null, fileNames: ['log.txt'] });
    expect(missing).toEqual([
      { item: 'BUILD_NUMBER', required: true },
      { item: 'ERROR_TEXT', required: true },
      { item: 'SCREENSHOTS', required: false },
      { item: 'MSINFO_REPORT', required: false },
    ]);
  });
});
