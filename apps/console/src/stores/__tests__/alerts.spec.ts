import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { certificateAlert, slaAlert, slaOf } from '@/test-support/alerts';
import {
  ALERT_SEEN_STORAGE_KEY,
  ALERT_SOUND_STORAGE_KEY,
  alertItem,
  alertKey,
  AT_RISK_TOAST_MS,
  CERTIFICATE_TOAST_MS,
  MAX_TOASTS,
  titleWithUnread,
  useAlertsStore,
} from '../alerts';

const msk = (local: string) => new Date(`${local}+03:00`);

function store(userId = '7', now = msk('2026-02-16T10:00:00')) {
  const alerts = useAlertsStore();
  alerts.setBeep(vi.fn());
  alerts.startSession(userId, now);
  return alerts;
}

/** Each test: a new store and empty localStorage at 10:21 MSK on 16.02.2026, on fake timers. */
function freshStoreAtTwentyPastTen(): void {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
    vi.useFakeTimers();
    vi.setSystemTime(msk('2026-02-16T10:21:00'));
  });
  afterEach(() => {
    useAlertsStore().reset();
    vi.useRealTimers();
  });
}

describe('alerts store (SLA-7)', () => {
  freshStoreAtTwentyPastTen();

  it('SLA-7: one alert per ticket, kind and deadline, however often and in whatever spelling it arrives', () => {
    const alerts = store();
    expect(alerts.receive(slaAlert({ id: '1', ticket: { id: '42' }, dueAt: '2026-02-16T10:20:00+03:00' }))).toBe(true);
    // Another replica's copy: another id, the same instant written in UTC.
    expect(alerts.receive(slaAlert({ id: '99', ticket: { id: '42' }, dueAt: '2026-02-16T07:20:00.000Z' }))).toBe(false);
    expect(alerts.entries).toHaveLength(1);
    expect(alerts.toasts).toHaveLength(1);

    // The same ticket AT_RISK, or BREACHED again after reclassification (a new deadline, SLA-8): new alerts.
    expect(alerts.receive(slaAlert({ ticket: { id: '42' }, kind: 'AT_RISK', dueAt: '2026-02-16T10:20:00+03:00' }))).toBe(true);
    expect(alerts.receive(slaAlert({ ticket: { id: '42' }, dueAt: '2026-02-16T10:30:00+03:00' }))).toBe(true);
    expect(alerts.receive(slaAlert({ ticket: { id: '43' }, dueAt: '2026-02-16T10:20:00+03:00' }))).toBe(true);
    expect(alerts.entries).toHaveLength(4);
    expect(alertKey(slaAlert({ ticket: { id: '42' }, dueAt: '2026-02-16T07:20:00Z' }))).toBe(alertKey(slaAlert({ ticket: { id: '42' } })));
  });

  it('#16: an alert raised more than 10 s before it arrives (replayed after a reconnect) toasts marked late; a fresh one does not', () => {
    const alerts = store();
    alerts.receive(slaAlert({ ticket: { id: '1' }, raisedAt: '2026-02-16T10:20:55+03:00' }), msk('2026-02-16T10:21:00'));
    alerts.receive(slaAlert({ ticket: { id: '2' }, raisedAt: '2026-02-16T10:02:00+03:00' }), msk('2026-02-16T10:21:00'));
    // Newest toast first.
    expect(alerts.toasts.map((toast) => [toast.source === 'sla' && toast.alert.ticket.id, toast.late])).toEqual([
      ['2', true],
      ['1', false],
    ]);
  });

  it('#16: resumes slaAlert after the newest alert version held, from history or live; 0 after an empty history, null before it', () => {
    const alerts = store();
    expect(alerts.lastSlaVersion()).toBeNull();
    alerts.loadHistory([]);
    expect(alerts.lastSlaVersion()).toBe(0);
    alerts.loadHistory([slaAlert({ ticket: { id: '1' }, version: 7 }), slaAlert({ ticket: { id: '2' }, version: null })]);
    expect(alerts.lastSlaVersion()).toBe(7);
    alerts.receive(slaAlert({ ticket: { id: '3' }, version: 9 }));
    expect(alerts.lastSlaVersion()).toBe(9);
  });

  it('merges the slaAlerts history with live alerts without doubles, newest first', () => {
    const alerts = store();
    const live = slaAlert({ ticket: { id: '1' }, raisedAt: '2026-02-16T10:20:00+03:00' });
    alerts.receive(live);
    alerts.loadHistory([
      slaAlert({ id: 'h1', ticket: { id: '1' }, raisedAt: '2026-02-16T10:20:00+03:00' }),
      slaAlert({ id: 'h2', ticket: { id: '2' }, raisedAt: '2026-02-16T10:10:00+03:00' }),
      slaAlert({ id: 'h3', ticket: { id: '3' }, raisedAt: '2026-02-16T09:50:00+03:00' }),
    ]);
    expect(alerts.entries.map((entry) => slaOf(entry).ticket.id)).toEqual(['1', '2', '3']);
    // A history copy of a live alert neither doubles it nor toasts again.
    expect(alerts.toasts).toHaveLength(1);
    expect(alerts.historyLoaded).toBe(true);
  });

  it('counts as unread what was raised since the user last opened the alert centre, and remembers it per user', () => {
    localStorage.setItem(`${ALERT_SEEN_STORAGE_KEY}.7`, String(msk('2026-02-16T10:00:00').getTime()));
    const alerts = store('7');
    alerts.loadHistory([
      slaAlert({ ticket: { id: '1' }, raisedAt: '2026-02-16T10:05:00+03:00' }),
      slaAlert({ ticket: { id: '2' }, raisedAt: '2026-02-16T09:55:00+03:00' }),
    ]);
    expect(alerts.unreadCount).toBe(1);
    alerts.receive(slaAlert({ ticket: { id: '3' }, kind: 'AT_RISK' }));
    expect(alerts.unreadCount).toBe(2);

    alerts.markRead(alertKey(slaAlert({ ticket: { id: '3' }, kind: 'AT_RISK' })));
    expect(alerts.unreadCount).toBe(1);
    alerts.markAllRead(msk('2026-02-16T10:21:00'));
    expect(alerts.unreadCount).toBe(0);
    expect(Number(localStorage.getItem(`${ALERT_SEEN_STORAGE_KEY}.7`))).toBe(msk('2026-02-16T10:21:00').getTime());

    // After a reload the same history is read.
    setActivePinia(createPinia());
    const again = store('7');
    again.loadHistory([slaAlert({ ticket: { id: '1' }, raisedAt: '2026-02-16T10:05:00+03:00' })]);
    expect(again.unreadCount).toBe(0);
  });

  it('a first visit does not start with the whole history unread; another user starts from nothing', () => {
    const alerts = store('7', msk('2026-02-16T10:00:00'));
    alerts.loadHistory([slaAlert({ ticket: { id: '1' }, raisedAt: '2026-02-16T09:00:00+03:00' })]);
    expect(alerts.unreadCount).toBe(0);
    alerts.receive(slaAlert({ ticket: { id: '2' } }));
    expect(alerts.unreadCount).toBe(1);

    alerts.startSession('8', msk('2026-02-16T10:00:00'));
    expect(alerts.entries).toEqual([]);
    expect(alerts.toasts).toEqual([]);
    expect(alerts.unreadCount).toBe(0);
  });

  it('puts the unread count before the tab title: "(3) Очередь заявок — …"', () => {
    expect(titleWithUnread('Очередь заявок — Служба технической поддержки', 3)).toBe('(3) Очередь заявок — Служба технической поддержки');
    expect(titleWithUnread('Очередь заявок — Служба технической поддержки', 0)).toBe('Очередь заявок — Служба технической поддержки');
    expect(titleWithUnread('Очередь', 120)).toBe('(99+) Очередь');

    const alerts = store();
    for (const id of ['1', '2', '3']) alerts.receive(slaAlert({ ticket: { id } }));
    expect(alerts.title('Очередь заявок — Служба технической поддержки')).toBe('(3) Очередь заявок — Служба технической поддержки');
    alerts.markAllRead();
    expect(alerts.title('Очередь заявок — Служба технической поддержки')).toBe('Очередь заявок — Служба технической поддержки');
  });

  it('AT_RISK toasts leave by themselves; BREACHED ones stay until dismissed', () => {
    const alerts = store();
    alerts.receive(slaAlert({ ticket: { id: '1' }, kind: 'AT_RISK' }));
    alerts.receive(slaAlert({ ticket: { id: '2' }, kind: 'BREACHED' }));
    expect(alerts.toasts.map((toast) => slaOf(toast).kind)).toEqual(['BREACHED', 'AT_RISK']);

    vi.advanceTimersByTime(AT_RISK_TOAST_MS - 1);
    expect(alerts.toasts).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(alerts.toasts.map((toast) => slaOf(toast).kind)).toEqual(['BREACHED']);

    vi.advanceTimersByTime(10 * 60_000);
    expect(alerts.toasts).toHaveLength(1);
    alerts.dismissToast(alerts.toasts[0]!.key);
    expect(alerts.toasts).toEqual([]);
    // Dismissing a toast is not reading the alert: the centre still counts it.
    expect(alerts.unreadCount).toBe(2);
  });

  it(`shows at most ${MAX_TOASTS} toasts, letting AT_RISK ones go before BREACHED ones`, () => {
    const alerts = store();
    alerts.receive(slaAlert({ ticket: { id: '1' }, kind: 'BREACHED' }));
    alerts.receive(slaAlert({ ticket: { id: '2' }, kind: 'AT_RISK' }));
    for (const id of ['3', '4', '5']) alerts.receive(slaAlert({ ticket: { id }, kind: 'BREACHED' }));
    expect(alerts.toasts).toHaveLength(MAX_TOASTS);
    expect(alerts.toasts.map((toast) => slaOf(toast).ticket.id)).toEqual(['5', '4', '3', '1']);
    expect(alerts.entries).toHaveLength(5);
  });

  it('beeps only when sound is on (off by default) and remembers the choice', () => {
    const alerts = useAlertsStore();
    const beep = vi.fn();
    alerts.setBeep(beep);
    alerts.startSession('7');
    expect(alerts.soundEnabled).toBe(false);
    alerts.receive(slaAlert({ ticket: { id: '1' } }));
    expect(beep).not.toHaveBeenCalled();

    alerts.setSound(true);
    expect(localStorage.getItem(ALERT_SOUND_STORAGE_KEY)).toBe('on');
    alerts.receive(slaAlert({ ticket: { id: '2' }, kind: 'AT_RISK' }));
    expect(beep).toHaveBeenCalledWith('AT_RISK');
    // A duplicate is silent.
    alerts.receive(slaAlert({ ticket: { id: '2' }, kind: 'AT_RISK' }));
    expect(beep).toHaveBeenCalledTimes(1);

    setActivePinia(createPinia());
    expect(useAlertsStore().soundEnabled).toBe(true);
  });
});

describe('alerts store: certificate expiry alerts (SVC-3)', () => {
  freshStoreAtTwentyPastTen();

  it('tags each alert with its source, so entries and toasts narrow to the right shape', () => {
    expect(alertItem(slaAlert()).source).toBe('sla');
    expect(alertItem(certificateAlert()).source).toBe('certificate');

    const alerts = store();
    alerts.receive(certificateAlert());
    alerts.receive(slaAlert({ ticket: { id: '1' }, raisedAt: '2026-02-16T10:19:00+03:00' }));
    expect(alerts.entries.map((entry) => entry.source)).toEqual(['certificate', 'sla']);
    const [first] = alerts.entries;
    expect(first?.source === 'certificate' ? first.alert.certificate.number : null).toBe('№ 2720');
    expect(alerts.toasts.map((toast) => toast.source)).toEqual(['sla', 'certificate']);
  });

  it('one alert per certificate, threshold and expiry date, whichever copy arrives; never the same key as an SLA alert', () => {
    const alerts = store();
    expect(alerts.receive(certificateAlert({ id: '1' }))).toBe(true);
    // Another replica's copy (another id) and a history copy: not new.
    expect(alerts.receive(certificateAlert({ id: '99', certificate: { issuer: 'ФСТЭК России (обновлено)' } }))).toBe(false);
    alerts.loadHistory([certificateAlert({ id: 'h1' })]);
    expect(alerts.entries).toHaveLength(1);
    expect(alerts.toasts).toHaveLength(1);
    // The copy carries the freshest certificate state.
    const [entry] = alerts.entries;
    expect(entry?.source === 'certificate' && entry.alert.certificate.issuer).toBe('ФСТЭК России (обновлено)');

    // The 7-day alert, or the 30-day one of a renewed certificate (a new expiry date), are new.
    expect(alerts.receive(certificateAlert({ thresholdDays: 7 }))).toBe(true);
    expect(alerts.receive(certificateAlert({ validUntil: '2029-02-01' }))).toBe(true);
    expect(alerts.receive(certificateAlert({ certificate: { id: 'cert-3000', number: '№ 3000' } }))).toBe(true);
    expect(alerts.entries).toHaveLength(4);

    expect(alertKey(certificateAlert())).toBe('certificate:cert-2720|30|2027-02-01');
    // A ticket whose id happens to equal a certificate's is still another alert.
    expect(alertKey(certificateAlert({ certificate: { id: '42' } }))).not.toBe(alertKey(slaAlert({ ticket: { id: '42' } })));
  });

  it('merges both histories newest first and counts unread across them (bell and tab title)', () => {
    localStorage.setItem(`${ALERT_SEEN_STORAGE_KEY}.7`, String(msk('2026-02-16T10:00:00').getTime()));
    const alerts = store('7');
    alerts.loadHistory([
      slaAlert({ ticket: { id: '1' }, raisedAt: '2026-02-16T10:05:00+03:00' }),
      slaAlert({ ticket: { id: '2' }, raisedAt: '2026-02-16T09:55:00+03:00' }),
    ]);
    alerts.loadHistory([
      certificateAlert({ thresholdDays: 30, raisedAt: '2026-02-16T10:10:00+03:00' }),
      certificateAlert({ thresholdDays: 90, raisedAt: '2025-11-03T09:00:00+03:00' }),
    ]);
    expect(alerts.entries.map((entry) => `${entry.source}:${entry.alert.raisedAt}`)).toEqual([
      'certificate:2026-02-16T10:10:00+03:00',
      'sla:2026-02-16T10:05:00+03:00',
      'sla:2026-02-16T09:55:00+03:00',
      'certificate:2025-11-03T09:00:00+03:00',
    ]);
    // History never toasts.
    expect(alerts.toasts).toEqual([]);
    expect(alerts.unreadCount).toBe(2);
    alerts.receive(certificateAlert({ thresholdDays: 7, raisedAt: '2026-02-16T10:20:00+03:00' }));
    expect(alerts.unreadCount).toBe(3);
    expect(alerts.title('Очередь заявок — Служба технической поддержки')).toBe('(3) Очередь заявок — Служба технической поддержки');

    alerts.markRead(alertKey(certificateAlert({ thresholdDays: 7 })));
    expect(alerts.unreadCount).toBe(2);
    alerts.markAllRead(msk('2026-02-16T10:21:00'));
    expect(alerts.unreadCount).toBe(0);
  });

  it('certificate toasts are informational: they leave by themselves and give way before SLA ones', () => {
    const alerts = store();
    alerts.receive(certificateAlert());
    vi.advanceTimersByTime(CERTIFICATE_TOAST_MS - 1);
    expect(alerts.toasts).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(alerts.toasts).toEqual([]);
    expect(alerts.unreadCount).toBe(1);

    alerts.receive(certificateAlert({ thresholdDays: 7 }));
    alerts.receive(slaAlert({ ticket: { id: '1' }, kind: 'AT_RISK' }));
    alerts.receive(slaAlert({ ticket: { id: '2' }, kind: 'BREACHED' }));
    alerts.receive(slaAlert({ ticket: { id: '3' }, kind: 'BREACHED' }));
    alerts.receive(slaAlert({ ticket: { id: '4' }, kind: 'BREACHED' }));
    expect(alerts.toasts).toHaveLength(MAX_TOASTS);
    expect(alerts.toasts.map((toast) => toast.source)).toEqual(['sla', 'sla', 'sla', 'sla']);
    // With no certificate toast left, AT_RISK goes next, as before.
    alerts.receive(slaAlert({ ticket: { id: '5' }, kind: 'BREACHED' }));
    expect(alerts.toasts.map((toast) => slaOf(toast).ticket.id)).toEqual(['5', '4', '3', '2']);
  });

  it('beeps with a tone of its own when sound is on', () => {
    const alerts = useAlertsStore();
    const beep = vi.fn();
    alerts.setBeep(beep);
    alerts.startSession('7');
    alerts.receive(certificateAlert());
    expect(beep).not.toHaveBeenCalled();
    alerts.setSound(true);
    alerts.receive(certificateAlert({ thresholdDays: 7 }));
    alerts.receive(certificateAlert({ thresholdDays: 7 }));
    expect(beep).toHaveBeenCalledTimes(1);
    expect(beep).toHaveBeenCalledWith('CERTIFICATE');
  });
});
