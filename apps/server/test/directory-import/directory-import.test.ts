import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/entities/audit/audit-entry.entity.js';
import { Contact } from '../../src/entities/organizations/contact.entity.js';
import { ContractEvent } from '../../src/entities/organizations/contract-event.entity.js';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { SupportContract } from '../../src/entities/organizations/support-contract.entity.js';
import { ADMIN, AGENT1, ALFA, LEAD, PARTNER } from '../support/demo-data.js';
import { IMPORT, importFile } from '../support/directory-import.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { subscribe } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const SAMPLE = readFileSync(new URL('../../../../docs/import-sample.csv', import.meta.url));
const HEADER = 'organization;contract;level;valid_from;valid_until;products;contact_name;contact_position;contact_phone;contact_email';
const CONTRACTS = `{ organizations { name supportContracts { identifier supportLevel validFrom validUntil identifiers { identifier kind } products { name } history { kind } } contacts { fullName position phone email locale } } }`;

describe.each(TEST_DATABASES)('directory import (#12) on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  const rowCounts = async () => {
    const em = t.app.orm.em.fork();
    return Promise.all([Organization, SupportContract, Contact, ContractEvent, AuditEntry].map((entity) => em.count(entity as typeof Organization, {})));
  };
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login(ADMIN);
  });
  afterAll(async () => t?.close());

  it('the sample file: the dry run counts and writes nothing; the apply creates the customers with their contracts (LVL-1) and contacts (ID-1) and one audit entry', async () => {
    const before = await rowCounts();
    const dry = await importFile(t, admin, SAMPLE, { dryRun: true, fileName: 'import-sample.csv' });
    expect(dry).toMatchObject({ dryRun: true, applied: false, encoding: 'UTF_8', delimiter: ';', rowsRead: 4, problemCount: 0 });
    expect([dry.organizations, dry.contracts, dry.contacts]).toEqual([
      { created: 2, updated: 0, unchanged: 0 },
      { created: 3, updated: 0, unchanged: 0 },
      { created: 3, updated: 0, unchanged: 0 },
    ]);
    expect(await rowCounts()).toEqual(before);

    const applied = await importFile(t, admin, SAMPLE, { dryRun: false, fileName: 'import-sample.csv' });
    expect(applied).toMatchObject({ applied: true, organizations: dry.organizations, contracts: dry.contracts, contacts: dry.contacts });
    const wind = (await t.gql(CONTRACTS, {}, admin)).organizations.find((o: { name: string }) => o.name === 'ООО «Северный Ветер»');
    expect(wind.supportContracts).toEqual([
      {
        identifier: 'NW-2027-0001', supportLevel: 'EXTENDED', validFrom: '2027-01-01', validUntil: '2027-12-31',
        identifiers: [{ identifier: 'NW-2027-0001', kind: 'LICENSE_NUMBER' }, { identifier: 'NW-2027-0002', kind: 'LICENSE_NUMBER' }],
        products: [{ name: 'Dallas Lock 8.0' }], history: [{ kind: 'CREATED' }],
      },
      {
        identifier: 'SN-SOB-77001', supportLevel: 'BASIC', validFrom: '2027-01-01', validUntil: '2027-12-31',
        identifiers: [{ identifier: 'SN-SOB-77001', kind: 'SERIAL_NUMBER' }], products: [{ name: 'ПАК «Соболь» 4' }], history: [{ kind: 'CREATED' }],
      },
    ]);
    expect(wind.contacts.map((c: { email: string }) => c.email)).toEqual(['petrov@nwind.example', 'sidorova@nwind.example']);
    // ID-2: a request may name any of the identifiers.
    const found = (await t.gql(`{ contracts(identifier: "nw-2027-0002") { identifier } }`, {}, admin)).contracts;
    expect(found).toEqual([{ identifier: 'NW-2027-0001' }]);
    const audit = (await t.gql(`{ auditLog(filter: { kinds: [DIRECTORY_IMPORTED] }) { edges { node { summary after actorEmail } } } }`, {}, admin)).auditLog.edges;
    expect(audit).toHaveLength(1);
    expect(audit[0].node.actorEmail).toBe(ADMIN);
    expect(JSON.parse(audit[0].node.after)).toMatchObject({ fileName: 'import-sample.csv', rows: 4, contracts: { created: 3, updated: 0, unchanged: 0 } });
  });

  it('idempotent: the same file again reports everything unchanged and writes nothing, not even an audit entry; in Windows-1251 with `,` too', async () => {
    const before = await rowCounts();
    const again = await importFile(t, admin, SAMPLE, { dryRun: false });
    expect([again.organizations, again.contracts, again.contacts]).toEqual([
      { created: 0, updated: 0, unchanged: 2 },
      { created: 0, updated: 0, unchanged: 3 },
      { created: 0, updated: 0, unchanged: 3 },
    ]);
    const windows = iconv.encode(SAMPLE.toString('utf8').split('\n').map((line) => line.split(';').map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')).join('\n'), 'win1251');
    const converted = await importFile(t, admin, windows, { dryRun: false });
    expect(converted).toMatchObject({ encoding: 'WINDOWS_1251', delimiter: ',', problemCount: 0, contracts: { created: 0, updated: 0, unchanged: 3 } });
    expect(await rowCounts()).toEqual(before);
  });

  it('a changed row updates the contract (its history says EDITED) and the contact, and nothing else', async () => {
    const changed = SAMPLE.toString('utf8').replace('YP-BASIC-0100;LICENSE_NUMBER;BASIC', 'YP-BASIC-0100;LICENSE_NUMBER;EXTENDED').replace('+7 861 200-30-40', '+7 861 200-30-41');
    const report = await importFile(t, admin, changed, { dryRun: false });
    expect([report.contracts, report.contacts]).toEqual([
      { created: 0, updated: 1, unchanged: 2 },
      { created: 0, updated: 1, unchanged: 2 },
    ]);
    const port = (await t.gql(CONTRACTS, {}, admin)).organizations.find((o: { name: string }) => o.name === 'АО «Южный Порт»');
    expect(port.supportContracts[0]).toMatchObject({ supportLevel: 'EXTENDED', history: [{ kind: 'CREATED' }, { kind: 'EDITED' }] });
    expect(port.contacts[0]).toMatchObject({ phone: '+7 861 200-30-41', locale: 'EN' });
  });

  it('all or nothing: one row naming another customer\'s identifier (LVL-1) — the problem names it, and the good rows are not written either', async () => {
    const before = await rowCounts();
    const file = [HEADER, 'ООО Честная;FAIR-0001;BASIC;2027-01-01;2027-12-31;Dallas Lock 8.0;Честнов;Инженер;+7 495 111-11-11;', 'ООО Хитрая;FAIR-0002|dl-ext-0001;BASIC;2027-01-01;2027-12-31;Dallas Lock 8.0;;;;'].join('\n');
    const report = await importFile(t, admin, file, { dryRun: false });
    expect(report).toMatchObject({ applied: false, problemCount: 1, problems: [{ line: 3, column: 'contract', code: 'IDENTIFIER_TAKEN', message: 'dl-ext-0001 already identifies contract DL-EXT-0001 of ПАО Бета' }] });
    expect(report.organizations.created).toBe(2);
    expect(await rowCounts()).toEqual(before);
  });

  it('progress: the admin who imports with an importId sees the steps live over the socket, ending DONE', async () => {
    const progress = await subscribe(t.url, admin, `subscription { directoryImportProgress(importId: "run-1") { importId phase done total } }`);
    try {
      await importFile(t, admin, SAMPLE, { dryRun: true, importId: 'run-1' });
      const events = await progress.until((all) => all.some((e) => e.directoryImportProgress.phase === 'DONE'));
      expect(events.map((e) => e.directoryImportProgress.phase)).toEqual(['READING', 'CHECKING', 'DONE']);
      expect(events.at(-1).directoryImportProgress).toEqual({ importId: 'run-1', phase: 'DONE', done: 4, total: 4 });
    } finally {
      await progress.close();
    }
  });

  it('only admins import or follow an import; everyone else is refused', async () => {
    const input = { fileName: 'x.csv', content: SAMPLE.toString('base64'), dryRun: true };
    await expectCode(t, 'UNAUTHENTICATED', IMPORT, { input });
    for (const who of [AGENT1, LEAD, PARTNER, ALFA]) await expectCode(t, 'FORBIDDEN', IMPORT, { input }, await t.login(who));
    const agentWatch = await subscribe(t.url, await t.login(LEAD), `subscription { directoryImportProgress(importId: "run-1") { phase } }`);
    try {
      await agentWatch.until(() => agentWatch.errors.length > 0, 5_000);
      expect(JSON.stringify(agentWatch.errors)).toContain('FORBIDDEN');
    } finally {
      await agentWatch.close();
    }
  });

  it('bad input names the field: a blank file name, content that is not base64, an empty file, a malformed import id', async () => {
    const bad = await expectCode(t, 'BAD_USER_INPUT', IMPORT, { input: { fileName: ' ', content: 'not base64!', dryRun: true, importId: 'a b' } }, admin);
    expect(fieldsOf(bad).sort()).toEqual(['input.content', 'input.fileName', 'input.importId']);
    const empty = await expectCode(t, 'BAD_USER_INPUT', IMPORT, { input: { fileName: 'empty.csv', content: '', dryRun: true } }, admin);
    expect(empty.extensions?.fields).toEqual([{ field: 'input.content', message: 'is an empty file' }]);
  });
});
