import type { TimelineEntryFieldsFragment as TimelineEntry } from '@desk/schema';
import { formatBytes } from '@/shared/files/file-size';

type Translate = (key: string, named?: Record<string, unknown>) => string;
type Format = (iso: string) => string;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * A timeline entry in the reader's language where its structured `data`
 * allows it; otherwise the server's one-line summary (TKT-9).
 */
export function describeEntry(entry: TimelineEntry, t: Translate, at: Format): { label: string; detail: string } {
  const data = entry.data ?? {};
  const label = t(`ticket.timelineKind.${entry.kind}`);
  switch (entry.kind) {
    case 'STATUS_CHANGED':
      if (data.from && data.to) return { label, detail: `${t(`status.${text(data.from)}`)} → ${t(`status.${text(data.to)}`)}` };
      break;
    case 'CRITICALITY_CHANGED':
      if (data.from && data.to) {
        return { label, detail: `${t(`criticality.${text(data.from)}`)} → ${t(`criticality.${text(data.to)}`)}${data.reason ? `: ${text(data.reason)}` : ''}` };
      }
      break;
    case 'ESCALATED':
      if (typeof data.level === 'number') {
        // SLA-7: a breach escalates by itself; its reason is a code, not words.
        const reason = data.reason === 'SLA_BREACHED' ? t('ticket.timeline.breachEscalation') : text(data.reason);
        return { label, detail: t('ticket.timeline.escalated', { level: data.level, reason }) };
      }
      break;
    case 'SLA_ALERT':
      if (data.kind === 'AT_RISK' || data.kind === 'BREACHED') return { label, detail: t(`alerts.kind.${data.kind}`) };
      break;
    case 'NOTIFICATION_QUEUED':
    case 'NOTIFICATION_SENT':
    case 'NOTIFICATION_FAILED': {
      const kind = text(data.kind);
      const known = ['RECEIVED', 'WORK_STARTED', 'REJECTED', 'AGENT_MESSAGE', 'ANSWER_RECEIVED', 'CLOSED', 'AUTO_CLOSED', 'EXPECTED_RESOLUTION', 'MATERIAL_REQUESTED', 'FORWARDED_TO_SALES', 'MERGED', 'SALES_FORWARD'];
      if (known.includes(kind)) {
        const what = t(`ticket.notification.${kind}`);
        const channel = data.channel ? t(`ticket.channel.${text(data.channel)}`) : '';
        const detail = channel ? `${what} (${channel})` : what;
        return { label, detail: entry.kind === 'NOTIFICATION_FAILED' && data.error ? `${detail}: ${text(data.error)}` : detail };
      }
      break;
    }
    case 'FILE_ATTACHED':
      if (data.fileName) return { label, detail: typeof data.size === 'number' ? `${text(data.fileName)} (${formatBytes(data.size)})` : text(data.fileName) };
      break;
    case 'DETAILS_UPDATED':
      if (Array.isArray(data.fields) && data.fields.length > 0) {
        const names: Record<string, string> = {
          productVersion: 'PRODUCT_VERSION',
          buildNumber: 'BUILD_NUMBER',
          osVersion: 'OS_VERSION',
          osBitness: 'OS_BITNESS',
          hardwareModel: 'HARDWARE_MODEL',
          bootMode: 'BOOT_MODE',
          occursWhen: 'OCCURS_WHEN',
          stepsToReproduce: 'STEPS_TO_REPRODUCE',
          errorText: 'ERROR_TEXT',
          installedSoftware: 'INSTALLED_SOFTWARE',
        };
        const fields = data.fields.map((field) => (typeof field === 'string' && names[field] ? t(`ticket.appendix.${names[field]}`) : String(field)));
        return { label, detail: fields.join(', ') };
      }
      break;
    case 'DEADLINE_MOVED':
      // SLA-5: a calendar edit moved the deadline; the server's summary names the edited day.
      if (data.previousResponseDueAt && data.responseDueAt) {
        const why = text(data.calendarChange);
        return { label, detail: `${at(text(data.previousResponseDueAt))} → ${at(text(data.responseDueAt))} ${t('sla.msk')}${why ? ` (${t('ticket.timeline.calendarChanged')}: ${why})` : ''}` };
      }
      break;
    case 'EXPECTED_RESOLUTION_SET':
      if ('expectedResolutionAt' in data) {
        const value = text(data.expectedResolutionAt);
        return { label, detail: value ? `${at(value)} ${t('sla.msk')}` : t('ticket.timeline.expectedCleared') };
      }
      break;
    case 'MATERIAL_REQUESTED':
    case 'MATERIAL_FULFILLED':
    case 'MATERIAL_CANCELLED':
      // #19: what was asked for, in the reader's words; what exactly, or the customer's / agent's note.
      if (data.kind) {
        const more = text(data.details) || text(data.note);
        return { label, detail: `${t(`material.kind.${text(data.kind)}`)}${more ? `: ${more}` : ''}` };
      }
      break;
    case 'EQUIPMENT_RECEIVED':
      if (data.item) return { label, detail: `${text(data.item)}, S/N ${text(data.serialNumber)} (${text(data.receivedOn)})` };
      break;
    case 'EQUIPMENT_RETURNED':
      if (data.returnedOn) return { label, detail: `${text(data.returnedOn)}${data.conditionNotes ? `: ${text(data.conditionNotes)}` : ''}` };
      break;
    case 'MERGED':
      // #19: on the survivor, the duplicate and the arrival that stands (SLA-2); on the duplicate, where it went.
      if (data.duplicateNumber && data.receivedAt) {
        const channel = data.duplicateChannel ? t(`ticket.channel.${text(data.duplicateChannel)}`) : '';
        return { label, detail: t('ticket.timeline.mergedFrom', { number: text(data.duplicateNumber), channel, arrival: at(text(data.receivedAt)) }) };
      }
      if (data.mergedIntoNumber) return { label, detail: t('ticket.timeline.mergedInto', { number: text(data.mergedIntoNumber) }) };
      break;
    case 'CLOSED':
      if (data.resolution) {
        const vendor = text(data.thirdPartyVendor);
        return { label, detail: `${t(`ticket.resolution.${text(data.resolution)}`)}${vendor ? ` (${vendor})` : ''}` };
      }
      break;
    case 'REJECTED':
      if (data.reason) return { label, detail: `${t(`ticket.rejectionReason.${text(data.reason)}`)}${data.note ? `: ${text(data.note)}` : ''}` };
      break;
    case 'CREATED':
      if (data.channel && data.supportLevel && data.criticality) {
        return {
          label,
          detail: t('ticket.timeline.created', {
            channel: t(`ticket.channel.${text(data.channel)}`),
            level: t(`level.${text(data.supportLevel)}`),
            criticality: t(`criticality.${text(data.criticality)}`),
            priority: data.priority,
          }),
        };
      }
      break;
    case 'ASSIGNED':
      if (data.selfAssigned) return { label, detail: t('ticket.timeline.tookIt') };
      if (data.assigneeName) return { label, detail: t('ticket.timeline.assigned', { name: text(data.assigneeName) }) };
      break;
    case 'MESSAGE':
      if (data.kind && data.authorName) {
        return { label, detail: `${t(`ticket.messageKind.${text(data.kind)}`)} — ${text(data.authorName)}${data.fromCustomer ? ` (${t('ticket.timeline.customer')})` : ''}` };
      }
      break;
    case 'SPLIT':
      if (data.splitFromNumber) return { label, detail: t('ticket.timeline.splitFrom', { number: text(data.splitFromNumber) }) };
      if (data.partNumber) return { label, detail: t('ticket.timeline.splitPart', { number: text(data.partNumber), subject: text(data.partSubject) }) };
      break;
    case 'LINKED':
      if (data.continuesNumber) return { label, detail: t('ticket.timeline.continues', { number: text(data.continuesNumber) }) };
      if (data.featureRequest && data.title) return { label, detail: t('ticket.timeline.featureRequest', { number: text(data.featureRequest), title: text(data.title) }) };
      break;
    case 'RESPONDED':
      if (data.outcome && data.channel && data.proof) {
        const outcome = t(`ticket.slaOutcome.${text(data.outcome)}`);
        return { label, detail: t('ticket.timeline.respondedProof', { outcome, channel: t(`ticket.channel.${text(data.channel)}`), proof: text(data.proof) }) };
      }
      if (data.outcome) return { label, detail: t('ticket.timeline.responded', { outcome: t(`ticket.slaOutcome.${text(data.outcome)}`) }) };
      break;
    case 'REACTION_NOTICE_FAILED':
      if (data.channel) {
        return { label, detail: t('ticket.timeline.noticeFailed', { channel: t(`ticket.channel.${text(data.channel)}`), error: text(data.error), phone: text(data.phone) }) };
      }
      break;
    default:
      break;
  }
  return { label, detail: entry.summary };
}
