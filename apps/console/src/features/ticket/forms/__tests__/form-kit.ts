import type { Component } from 'vue';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import { ticketDetail } from '../../__tests__/ticket-fixture';
import type { TicketDetailFragment } from '../../graphql/ticketDetail.api';

/** Mounts an action form for `ticket`; every mutation answers with `answer` (the ticket by default). */
export function mountForm(component: Component, options: { ticket?: TicketDetailFragment; handler?: OperationHandler; props?: Record<string, unknown> } = {}) {
  const ticket = options.ticket ?? ticketDetail({ status: 'IN_PROGRESS' });
  return mountWithApp(component, {
    route: '/sign-in',
    handler: options.handler ?? (() => ({ data: null })),
    mount: { props: { ticket, ...options.props }, attachTo: document.body },
  });
}
