import type { FetchResult } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import type { Component } from 'vue';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import { ticketDetail } from '../../__tests__/ticket-fixture';
import type { TicketDetailFragment } from '../../graphql/ticketDetail.api';

/** A BAD_USER_INPUT answer as the server formats it (format-error.ts). */
export function badUserInput(fields: { field: string; message: string }[]): FetchResult {
  return {
    errors: [
      new GraphQLError(`Invalid input: ${fields.map((f) => `${f.field} — ${f.message}`).join('; ')}`, {
        extensions: { code: 'BAD_USER_INPUT', fields },
      }),
    ],
  };
}

export function apiError(code: string, message: string): FetchResult {
  return { errors: [new GraphQLError(message, { extensions: { code } })] };
}

/** Mounts an action form for `ticket`; every mutation answers with `answer` (the ticket by default). */
export function mountForm(component: Component, options: { ticket?: TicketDetailFragment; handler?: OperationHandler; props?: Record<string, unknown> } = {}) {
  const ticket = options.ticket ?? ticketDetail({ status: 'IN_PROGRESS' });
  return mountWithApp(component, {
    route: '/sign-in',
    handler: options.handler ?? (() => ({ data: null })),
    mount: { props: { ticket, ...options.props }, attachTo: document.body },
  });
}
