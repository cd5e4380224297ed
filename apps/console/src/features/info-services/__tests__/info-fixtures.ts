import type { Operation } from '@apollo/client/core';

/** Shared data of the information-services tests, shaped as the API answers (with __typename for Apollo's cache). */
export const staffUser = { __typename: 'User', id: '1', email: 'lead@demo.local', fullName: 'Ирина Руководитель', role: 'TEAM_LEAD', organization: null };
export const customerUser = {
  __typename: 'User',
  id: '6',
  email: 'alfa@demo.local',
  fullName: 'Анна Альфина',
  role: 'CUSTOMER',
  organization: { __typename: 'Organization', id: '2', name: 'АО Альфа' },
};

export const dallas = { __typename: 'Product', id: '1', name: 'Dallas Lock 8.0', kind: 'SOFTWARE' };
export const sobol = { __typename: 'Product', id: '2', name: 'ПАК «Соболь» 4', kind: 'HARDWARE' };

export function faqArticle(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'FaqArticle',
    id: '1',
    slug: 'oshibka-autentifikacii',
    title: 'Ошибка аутентификации при входе в систему',
    body: 'Сообщение **«Ошибка аутентификации»** обычно означает:\n\n1. Время расходится с контроллером домена.',
    bodyHtml: '<p>Сообщение <strong>«Ошибка аутентификации»</strong> обычно означает:</p>\n<ol>\n<li>Время расходится с контроллером домена.</li>\n</ol>\n',
    tags: ['вход', 'домен'],
    productVersion: '8.0',
    published: true,
    publishedAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    product: { __typename: 'Product', id: '1', name: 'Dallas Lock 8.0' },
    ...overrides,
  };
}

export function certificate(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Certificate',
    id: '1',
    number: '№ 2720',
    issuer: 'ФСТЭК России',
    productVersions: '8.0',
    description: null,
    validFrom: '2023-11-24',
    validUntil: '2027-01-22',
    active: true,
    daysLeft: 60,
    product: dallas,
    ...overrides,
  };
}

export function contract(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SupportContract',
    id: 'c1',
    identifier: 'DL-BASIC-0001',
    active: true,
    validFrom: '2025-11-24',
    validUntil: '2027-11-24',
    organization: { __typename: 'Organization', id: '2', name: 'АО Альфа' },
    product: { __typename: 'Product', id: '1' },
    ...overrides,
  };
}

export function catalogFile(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CatalogFile',
    id: '10',
    fileName: 'DallasLock80-8.0.565-update.zip',
    kind: 'UPDATE',
    description: 'Сертифицированное обновление',
    contentType: 'application/zip',
    size: null,
    sha256: null,
    external: true,
    available: true,
    downloadUrl: '/catalog/files/10/content',
    url: 'https://updates.example/dl80/8.0.565.zip',
    ...overrides,
  };
}

export function release(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ProductRelease',
    id: '5',
    version: '8.0',
    build: '8.0.565',
    certified: true,
    releasedOn: '2026-10-25',
    publishedAt: '2026-10-25T09:00:00.000Z',
    subscribersNotifiedAt: null,
    releaseNotes: 'Сборка прошла инспекционный контроль.',
    releaseNotesHtml: '<p>Сборка прошла инспекционный контроль.</p>\n',
    files: [catalogFile()],
    ...overrides,
  };
}

export function featureRequest(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'FeatureRequest',
    id: '3',
    number: 'FR-000003',
    title: 'Вход по смарт-картам Рутокен ЭЦП 3.0',
    description: 'Поддержка аутентификации по смарт-картам при входе в ОС.',
    status: 'UNDER_REVIEW',
    statusNote: null as string | null,
    statusChangedAt: '2026-11-20T09:00:00.000Z',
    createdAt: '2026-11-19T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    requestingOrganizationsCount: 2,
    product: { __typename: 'Product', id: '1', name: 'Dallas Lock 8.0' },
    tickets: [
      {
        __typename: 'Ticket',
        id: '41',
        number: 'SD-000041',
        subject: 'Нужна поддержка Рутокен',
        status: 'CLOSED',
        organization: { __typename: 'Organization', id: '2', name: 'АО Альфа' },
      },
    ],
    ...overrides,
  };
}

/** Answers operations by name; anything unexpected gets `data: null` (and is visible in `operations`). */
export function answers(byName: Record<string, (operation: Operation) => unknown>) {
  return (operation: Operation) => {
    const answer = byName[operation.operationName];
    return answer ? { data: answer(operation) as Record<string, unknown> } : { data: null };
  };
}
