import type { MaterialRequestFieldsFragment, TicketMaterialFragment } from '../graphql/ticketMaterial.api';

export function materialRequest(overrides: Partial<MaterialRequestFieldsFragment> = {}): MaterialRequestFieldsFragment {
  return {
    __typename: 'MaterialRequest',
    id: '5',
    kind: 'LOGS',
    details: 'Журнал службы dlserver за 3 дня',
    reason: 'Найти момент остановки службы',
    status: 'OPEN',
    requestedAt: '2026-11-24T10:00:00.000Z',
    fulfilledAt: null,
    fulfilmentNote: null,
    cancelledAt: null,
    shippingDetails: null,
    files: [],
    equipment: [],
    ...overrides,
  };
}

export function ticketMaterial(requests: MaterialRequestFieldsFragment[], status = 'WAITING_FOR_CUSTOMER'): TicketMaterialFragment {
  return { __typename: 'Ticket', id: '42', status: status as TicketMaterialFragment['status'], autoCloseAt: null, waitingSince: null, materialRequests: requests };
}
