import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { playAlertBeep, type AlertTone } from './alert-sound';
import type { CertificateAlertItemFragment } from './graphql/certificateAlertItem.api';
import type { SlaAlertItemFragment } from './graphql/slaAlertItem.api';

export type SlaAlert = SlaAlertItemFragment;
/** A certificate expiry alert, 90, 30 or 7 days before the certificate lapses (SVC-3). */
export type CertificateAlert = CertificateAlertItemFragment;
/** Whatever `receive` and `loadHistory` accept: one alert as a subscription or a history query delivers it. */
export type AnyAlert = SlaAlert | CertificateAlert;

/**
 * One alert, tagged with what it is about: a ticket's response deadline
 * (`sla`, SLA-7) or a certificate's expiry (`certificate`, SVC-3). Checking
 * `source` narrows `alert` to its shape.
 */
export type AlertItem = { source: 'sla'; alert: SlaAlert } | { source: 'certificate'; alert: CertificateAlert };
export type AlertSource = AlertItem['source'];

export type AlertEntry = AlertItem & {
  /** SLA: ticket + kind + deadline, what SLA-7 raises exactly once; certificate: certificate + threshold + expiry date. */
  key: string;
  read: boolean;
  /** Arrived over the subscription while the console was open (not from history). */
  live: boolean;
};

export type AlertToast = AlertItem & {
  key: string;
  /** Raised well before it reached the console (replayed after a reconnect, #16): the toast says so. */
  late: boolean;
};

export const ALERT_SOUND_STORAGE_KEY = 'desk.alerts.sound';
export const ALERT_SEEN_STORAGE_KEY = 'desk.alerts.seenAt';
/** AT_RISK toasts leave by themselves; BREACHED stays until dismissed (it needs a decision). */
export const AT_RISK_TOAST_MS = 8_000;
/** Certificate expiry toasts are informational: they leave by themselves too, a little later (longer text). */
export const CERTIFICATE_TOAST_MS = 12_000;
/** Older toasts give way; every alert stays in the alert centre. */
export const MAX_TOASTS = 4;
/** How much history the alert centre keeps in memory. */
export const MAX_ALERTS = 200;
/** An alert arriving this long after it was raised was missed live (the console was away): its toast is marked late. */
export const LATE_ALERT_MS = 10_000;

/**
 * SLA-7 says each alert is raised once per ticket and deadline. The same alert
 * can still reach us twice (history and the live stream overlap, a replica
 * re-sends after a reconnect), and the server's `id` may differ between them,
 * so identity is ticket + kind + deadline. The deadline is compared as an
 * instant: "…+03:00" and "…Z" spell the same one.
 */
export function alertKey(
  alert:
    | (Pick<SlaAlert, 'kind' | 'dueAt'> & { ticket: Pick<SlaAlert['ticket'], 'id'> })
    | (Pick<CertificateAlert, 'thresholdDays' | 'validUntil'> & { certificate: Pick<CertificateAlert['certificate'], 'id'> }),
): string {
  if ('certificate' in alert) {
    // SVC-3 raises each threshold once per certificate and expiry date (a renewed certificate is alerted again).
    return `certificate:${alert.certificate.id}|${alert.thresholdDays}|${alert.validUntil}`;
  }
  const due = Date.parse(alert.dueAt);
  return `${alert.ticket.id}|${alert.kind}|${Number.isNaN(due) ? alert.dueAt : due}`;
}

/** Tags an alert with its source: SLA alerts are about a ticket, certificate alerts about a certificate. */
export function alertItem(alert: AnyAlert): AlertItem {
  return 'ticket' in alert ? { source: 'sla', alert } : { source: 'certificate', alert };
}

/** The beep an alert makes (when sound is on). */
export function alertTone(item: AlertItem): AlertTone {
  return item.source === 'sla' ? item.alert.kind : 'CERTIFICATE';
}

/** Which toast gives way first when there are too many: certificate, then AT_RISK, BREACHED last. */
function toastRank(item: AlertItem): number {
  if (item.source === 'certificate') return 0;
  return item.alert.kind === 'AT_RISK' ? 1 : 2;
}

/** How long a toast stays by itself; null: until dismissed (BREACHED needs a decision). */
function toastLifetime(item: AlertItem): number | null {
  if (item.source === 'certificate') return CERTIFICATE_TOAST_MS;
  return item.alert.kind === 'AT_RISK' ? AT_RISK_TOAST_MS : null;
}

/** "(3) Очередь заявок — Служба технической поддержки": the unread count leads the tab title. */
export function titleWithUnread(title: string, unread: number): string {
  return unread > 0 ? `(${unread > 99 ? '99+' : unread}) ${title}` : title;
}

function storage(): Storage | undefined {
  return globalThis.localStorage ?? undefined;
}

function readSound(): boolean {
  return storage()?.getItem(ALERT_SOUND_STORAGE_KEY) === 'on';
}

function seenStorageKey(userId: string | null): string {
  return `${ALERT_SEEN_STORAGE_KEY}.${userId ?? 'anonymous'}`;
}

/**
 * Alerts for staff: SLA alerts (SLA-7, history from `slaAlerts`, live ones
 * from `slaAlert`) and certificate expiry alerts (SVC-3, `certificateExpiryAlerts`
 * and `certificateExpiryAlert`), in one list, deduplicated; toasts for live
 * ones; an unread count for the alert centre and the tab title; an optional beep.
 *
 * "Unread" is remembered per user as the moment they last looked at the alert
 * centre, so alerts raised while they were signed out still count, and a new
 * agent does not start with the whole history unread.
 */
export const useAlertsStore = defineStore('alerts', () => {
  const entries = ref<AlertEntry[]>([]);
  const toasts = ref<AlertToast[]>([]);
  const soundEnabled = ref(readSound());
  const userId = ref<string | null>(null);
  const seenAt = ref(0);
  const historyLoaded = ref(false);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let beep: (tone: AlertTone) => void = playAlertBeep;

  const unreadCount = computed(() => entries.value.filter((entry) => !entry.read).length);

  function isSeen(alert: AnyAlert): boolean {
    return Date.parse(alert.raisedAt) <= seenAt.value;
  }

  function sortEntries(): void {
    entries.value.sort((a, b) => Date.parse(b.alert.raisedAt) - Date.parse(a.alert.raisedAt));
    if (entries.value.length > MAX_ALERTS) entries.value.length = MAX_ALERTS;
  }

  /** Whose alerts these are: a different user starts from nothing. */
  function startSession(nextUserId: string | null, now: Date = new Date()): void {
    if (nextUserId === userId.value) return;
    reset();
    userId.value = nextUserId;
    if (nextUserId === null) return;
    const saved = Number(storage()?.getItem(seenStorageKey(nextUserId)));
    if (Number.isFinite(saved) && saved > 0) {
      seenAt.value = saved;
    } else {
      // First time on this browser: what happened before is history, not news.
      seenAt.value = now.getTime();
      storage()?.setItem(seenStorageKey(nextUserId), String(seenAt.value));
    }
  }

  /** The alert centre's history (newest first); alerts already known keep their state. */
  function loadHistory(alerts: readonly AnyAlert[]): void {
    const known = new Set(entries.value.map((entry) => entry.key));
    for (const alert of alerts) {
      const key = alertKey(alert);
      if (known.has(key)) continue;
      known.add(key);
      entries.value.push({ ...alertItem(alert), key, read: isSeen(alert), live: false });
    }
    historyLoaded.value = true;
    sortEntries();
  }

  /**
   * A live alert: added unless already known (then false and nothing else
   * happens). A new one gets a toast and, when sound is on, a beep; one raised
   * more than LATE_ALERT_MS before `now` (the server's clock) is marked late.
   */
  function receive(alert: AnyAlert, now: Date = new Date()): boolean {
    const item = alertItem(alert);
    const key = alertKey(alert);
    const existing = entries.value.find((entry) => entry.key === key);
    if (existing) {
      // Same alert again: keep the freshest ticket (or certificate) state it carries, nothing more.
      refresh(existing, item);
      return false;
    }
    entries.value.unshift({ ...item, key, read: false, live: true });
    sortEntries();
    showToast(key, item, now.getTime() - Date.parse(alert.raisedAt) > LATE_ALERT_MS);
    if (soundEnabled.value) beep(alertTone(item));
    return true;
  }

  /**
   * Where `slaAlert(after:)` resumes (#16): the newest SLA alert version held
   * (history or live). Once the history is in and holds none, 0: the history
   * is the newest alerts, so there are none before. null until then (live only).
   */
  function lastSlaVersion(): number | null {
    let last: number | null = historyLoaded.value ? 0 : null;
    for (const entry of entries.value) {
      const version = entry.source === 'sla' ? entry.alert.version : null;
      if (version !== null && version !== undefined && (last === null || version > last)) last = version;
    }
    return last;
  }

  function refresh(entry: AlertEntry, item: AlertItem): void {
    if (entry.source === 'sla' && item.source === 'sla') entry.alert = { ...entry.alert, ticket: item.alert.ticket };
    if (entry.source === 'certificate' && item.source === 'certificate') entry.alert = { ...entry.alert, certificate: item.alert.certificate };
  }

  function showToast(key: string, item: AlertItem, late: boolean): void {
    toasts.value = [{ ...item, key, late }, ...toasts.value.filter((toast) => toast.key !== key)];
    while (toasts.value.length > MAX_TOASTS) {
      // The oldest of the least urgent gives way: a certificate toast, then AT_RISK, before any BREACHED one.
      const ranks = toasts.value.map(toastRank);
      const index = ranks.lastIndexOf(Math.min(...ranks));
      const dropped = toasts.value.splice(index, 1)[0];
      if (dropped) clearTimer(dropped.key);
    }
    const lifetime = toastLifetime(item);
    if (lifetime !== null) {
      clearTimer(key);
      timers.set(
        key,
        setTimeout(() => dismissToast(key), lifetime),
      );
    }
  }

  function clearTimer(key: string): void {
    const timer = timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(key);
  }

  function dismissToast(key: string): void {
    clearTimer(key);
    toasts.value = toasts.value.filter((toast) => toast.key !== key);
  }

  function markRead(key: string): void {
    const entry = entries.value.find((candidate) => candidate.key === key);
    if (entry) entry.read = true;
  }

  /** The user looked at the alert centre: everything in it is read, now and after a reload. */
  function markAllRead(now: Date = new Date()): void {
    for (const entry of entries.value) entry.read = true;
    const newest = entries.value.reduce((max, entry) => Math.max(max, Date.parse(entry.alert.raisedAt)), 0);
    seenAt.value = Math.max(seenAt.value, newest, now.getTime());
    if (userId.value !== null) storage()?.setItem(seenStorageKey(userId.value), String(seenAt.value));
  }

  /** Off by default; the choice survives reloads. */
  function setSound(enabled: boolean): void {
    soundEnabled.value = enabled;
    storage()?.setItem(ALERT_SOUND_STORAGE_KEY, enabled ? 'on' : 'off');
  }

  /** For tests and for platforms without WebAudio. */
  function setBeep(next: (tone: AlertTone) => void): void {
    beep = next;
  }

  function title(base: string): string {
    return titleWithUnread(base, unreadCount.value);
  }

  function reset(): void {
    for (const key of [...timers.keys()]) clearTimer(key);
    entries.value = [];
    toasts.value = [];
    userId.value = null;
    seenAt.value = 0;
    historyLoaded.value = false;
  }

  return {
    entries,
    toasts,
    soundEnabled,
    userId,
    seenAt,
    historyLoaded,
    unreadCount,
    startSession,
    loadHistory,
    receive,
    lastSlaVersion,
    dismissToast,
    markRead,
    markAllRead,
    setSound,
    setBeep,
    title,
    reset,
  };
});
