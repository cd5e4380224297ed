import { inject, onBeforeUnmount, watch } from 'vue';
import { isResumeReset } from '@/shared/graphql/resume-link';
import { SocketMonitorKey } from '@/shared/graphql/socket-monitor-key';
import { useClockStore } from '@/shared/time/clock';
import { useAlertsStore } from '@/stores/alerts';
import { useSessionStore } from '@/stores/session';
import { useCertificateAlertSubscription } from '../graphql/certificateAlert.api';
import { useCertificateAlertsQuery } from '../graphql/certificateAlerts.api';
import { useSlaAlertSubscription } from '../graphql/slaAlert.api';
import { useSlaAlertsQuery } from '../graphql/slaAlerts.api';

/** How much history the alert centre asks for, of each source. */
export const ALERT_HISTORY_SIZE = 50;

/**
 * Feeds the alerts store while staff are signed in: the kept history from
 * `slaAlerts` (SLA-7) and `certificateExpiryAlerts` (SVC-3), then every
 * `slaAlert` and `certificateExpiryAlert` as it is raised. `slaAlert` resumes
 * after the newest alert version held (#16): an SLA alert raised while the
 * socket was down is replayed on reconnect and toasts, marked late. A RESET
 * answer refetches the history and subscribes again. Certificate alerts have
 * no replay: their history is fetched again after a reconnect (unread, no toast).
 */
export function useAlertFeed() {
  const alerts = useAlertsStore();
  const session = useSessionStore();
  const socket = inject(SocketMonitorKey, null);
  const clock = useClockStore();

  watch(() => session.user?.id ?? null, (id) => alerts.startSession(id), { immediate: true });

  const { onResult: onHistory, refetch } = useSlaAlertsQuery({ first: ALERT_HISTORY_SIZE }, { fetchPolicy: 'network-only' });
  onHistory((result) => {
    if (result.data) alerts.loadHistory(result.data.slaAlerts);
  });

  const { onResult: onCertificateHistory, refetch: refetchCertificates } = useCertificateAlertsQuery(
    { first: ALERT_HISTORY_SIZE },
    { fetchPolicy: 'network-only' },
  );
  onCertificateHistory((result) => {
    if (result.data) alerts.loadHistory(result.data.certificateExpiryAlerts);
  });

  const { onResult: onAlert, onError: onAlertError, restart: restartAlerts } = useSlaAlertSubscription({}, { context: { resumeAfter: () => alerts.lastSlaVersion() } });
  onAlert((result) => {
    const alert = result.data?.slaAlert;
    if (alert) alerts.receive(alert, clock.now);
  });
  onAlertError((error) => {
    if (isResumeReset(error)) void refetch()?.then(() => restartAlerts());
  });

  const { onResult: onCertificateAlert } = useCertificateAlertSubscription();
  onCertificateAlert((result) => {
    const alert = result.data?.certificateExpiryAlert;
    if (alert) alerts.receive(alert);
  });

  const stop =
    socket?.onReconnected(() => {
      void refetchCertificates();
    }) ?? null;
  onBeforeUnmount(() => {
    stop?.();
    // Signed out (or no longer staff): nothing of this user's alerts stays, the tab title included.
    alerts.reset();
  });
}
