import type { InjectionKey } from 'vue';
import type { SocketMonitor } from './connection-state';

export const SocketMonitorKey: InjectionKey<SocketMonitor> = Symbol('SocketMonitor');
