import type { InjectionKey } from 'vue';
import type { OutageNotice } from './outage-retry';

export const OutageNoticeKey: InjectionKey<OutageNotice> = Symbol('OutageNotice');
