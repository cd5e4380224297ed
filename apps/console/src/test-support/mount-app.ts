import { ApolloClient, ApolloLink, Observable, type FetchResult, type Operation } from '@apollo/client/core';
import { getMainDefinition } from '@apollo/client/utilities';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import type { Component } from 'vue';
import { createMemoryHistory, type Router } from 'vue-router';
import { createApolloClient } from '@/shared/graphql/apollo-client';
import type { SocketMonitor } from '@/shared/graphql/connection-state';
import { SocketMonitorKey } from '@/shared/graphql/socket-monitor-key';
import { createDeskI18n } from '@/i18n';
import type { Locale } from '@/shared/i18n/locale';
import { createDeskRouter } from '@/router';

export type OperationHandler = (operation: Operation) => FetchResult | Promise<FetchResult>;

/**
 * An Apollo link answering each query and mutation with `handler`, recording
 * what was asked. Subscriptions stay open; `emit` pushes a result to them all.
 */
export function mockLink(handler: OperationHandler) {
  const operations: Operation[] = [];
  const subscribers = new Set<{ operation: Operation; next: (result: FetchResult) => void; error: (error: unknown) => void }>();
  const link = new ApolloLink(
    (operation) =>
      new Observable<FetchResult>((observer) => {
        operations.push(operation);
        const definition = getMainDefinition(operation.query);
        if (definition.kind === 'OperationDefinition' && definition.operation === 'subscription') {
          const subscriber = { operation, next: (result: FetchResult) => observer.next(result), error: (error: unknown) => observer.error(error) };
          subscribers.add(subscriber);
          return () => subscribers.delete(subscriber);
        }
        Promise.resolve()
          .then(() => handler(operation))
          .then((result) => {
            observer.next(result);
            observer.complete();
          })
          .catch((error: unknown) => observer.error(error));
        return undefined;
      }),
  );
  const emit = (operationName: string, result: FetchResult) => {
    for (const subscriber of subscribers) if (subscriber.operation.operationName === operationName) subscriber.next(result);
  };
  /** Ends the open subscriptions named `operationName` with `error`, as graphql-ws does on an `error` message. */
  const fail = (operationName: string, error: unknown) => {
    for (const subscriber of [...subscribers]) {
      if (subscriber.operation.operationName !== operationName) continue;
      subscribers.delete(subscriber);
      subscriber.error(error);
    }
  };
  return { link, operations, emit, fail, subscribers };
}

export interface MountedApp {
  pinia: Pinia;
  router: Router;
  client: ApolloClient<unknown>;
  i18n: ReturnType<typeof createDeskI18n>;
}

/** Mounts a component with the console's real plugins: Pinia, vue-i18n, the router (memory history), Apollo. */
export async function mountWithApp<C extends Component>(
  component: C,
  options: {
    handler?: OperationHandler;
    locale?: Locale;
    route?: string;
    onUnauthenticated?: () => void;
    /** The subscription socket's state, as main.ts provides it. */
    socket?: SocketMonitor;
    /** Runs with the app's plugins ready, before the component mounts (e.g. to configure stores). */
    beforeMount?: (app: MountedApp) => void;
    mount?: ComponentMountingOptions<C>;
  } = {},
) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createDeskI18n(options.locale ?? 'ru');
  const router = createDeskRouter(createMemoryHistory());
  const { link, operations, emit, fail, subscribers } = mockLink(options.handler ?? (() => ({ data: null })));
  const { client } = createApolloClient({
    getToken: () => null,
    onUnauthenticated: options.onUnauthenticated ?? (() => undefined),
    terminatingLink: link,
  });
  // Routes load lazily; resolve the starting one before mounting.
  await router.push(options.route ?? '/');
  await router.isReady();
  const app: MountedApp = { pinia, router, client, i18n };
  options.beforeMount?.(app);
  const wrapper = mount(component, {
    ...options.mount,
    global: {
      plugins: [pinia, i18n, router],
      provide: {
        [DefaultApolloClient as symbol]: client,
        ...(options.socket ? { [SocketMonitorKey as symbol]: options.socket } : {}),
      },
      ...options.mount?.global,
    },
  } as ComponentMountingOptions<C>);
  return { wrapper, operations, emit, fail, subscribers, ...app };
}
