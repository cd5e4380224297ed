import accountsEn from '@/features/accounts/locales/en';
import accountsRu from '@/features/accounts/locales/ru';
import directoryAdminEn from '@/features/directory-admin/locales/en';
import directoryAdminRu from '@/features/directory-admin/locales/ru';
import directoryImportEn from '@/features/directory-import/locales/en';
import directoryImportRu from '@/features/directory-import/locales/ru';
import calendarAdminEn from '@/features/calendar-admin/locales/en';
import calendarAdminRu from '@/features/calendar-admin/locales/ru';
import operationsEn from '@/features/operations/locales/en';
import operationsRu from '@/features/operations/locales/ru';
import alertsEn from '@/features/alerts/locales/en';
import alertsRu from '@/features/alerts/locales/ru';
import authEn from '@/features/auth/locales/en';
import authRu from '@/features/auth/locales/ru';
import materialEn from '@/features/material-requests/locales/en';
import materialRu from '@/features/material-requests/locales/ru';
import infoServicesEn from '@/features/info-services/locales/en';
import infoServicesRu from '@/features/info-services/locales/ru';
import integratorEn from '@/features/integrator/locales/en';
import integratorRu from '@/features/integrator/locales/ru';
import phoneEn from '@/features/phone/locales/en';
import phoneRu from '@/features/phone/locales/ru';
import portalEn from '@/features/portal/locales/en';
import portalRu from '@/features/portal/locales/ru';
import queueEn from '@/features/queue/locales/en';
import replyTemplatesEn from '@/features/reply-templates/locales/en';
import replyTemplatesRu from '@/features/reply-templates/locales/ru';
import macrosEn from '@/features/macros/locales/en';
import macrosRu from '@/features/macros/locales/ru';
import queueRu from '@/features/queue/locales/ru';
import reportsEn from '@/features/reports/locales/en';
import reportsRu from '@/features/reports/locales/ru';
import teamEn from '@/features/team/locales/en';
import teamRu from '@/features/team/locales/ru';
import ticketEn from '@/features/ticket/locales/en';
import ticketRu from '@/features/ticket/locales/ru';
import searchEn from '@/features/search/locales/en';
import serviceHoursEn from '@/features/service-hours/locales/en';
import serviceHoursRu from '@/features/service-hours/locales/ru';
import searchRu from '@/features/search/locales/ru';
import staffNotificationsEn from '@/features/staff-notifications/locales/en';
import staffNotificationsRu from '@/features/staff-notifications/locales/ru';
import twoFactorEn from '@/features/two-factor/locales/en';
import twoFactorRu from '@/features/two-factor/locales/ru';
import workEn from '@/features/work/locales/en';
import workRu from '@/features/work/locales/ru';
import { mergeMessages } from '@/shared/i18n/merge-messages';
import sharedEn from '@/shared/locales/en';
import sharedRu from '@/shared/locales/ru';

/**
 * Every UI string, by language (LVL-5): the shared layer's (domain words, the
 * header, form problems) and each feature's own `locales/`. Russian is the
 * service language; each English file is typed by its Russian twin.
 */
const ru = mergeMessages(sharedRu, authRu, accountsRu, directoryAdminRu, directoryImportRu, calendarAdminRu, operationsRu, queueRu, ticketRu, teamRu, reportsRu, portalRu, phoneRu, alertsRu, integratorRu, infoServicesRu, workRu, searchRu, staffNotificationsRu, replyTemplatesRu, serviceHoursRu, twoFactorRu, materialRu, macrosRu);
const en = mergeMessages(sharedEn, authEn, accountsEn, directoryAdminEn, directoryImportEn, calendarAdminEn, operationsEn, queueEn, ticketEn, teamEn, reportsEn, portalEn, phoneEn, alertsEn, integratorEn, infoServicesEn, workEn, searchEn, staffNotificationsEn, replyTemplatesEn, serviceHoursEn, twoFactorEn, materialEn, macrosEn);

export type MessageSchema = typeof ru;
export const messages: { ru: MessageSchema; en: MessageSchema } = { ru, en };
