/**
 * The expected outcome of every operation of the published schema for each kind of caller (#15). Each
 * row has one letter per caller, in IDENTITIES order: A — past the role gate (data, or the operation's
 * own NOT_FOUND or BAD_USER_INPUT: the probes name rows that do not exist, so nothing changes),
 * U — UNAUTHENTICATED, F — FORBIDDEN. A new operation needs a row here, or the matrix fails.
 */

/** The callers of the matrix, in the order of each row's letters. */
export const IDENTITIES = ['anonymous', 'customer', 'otherCustomer', 'partner', 'partnerToken', 'agent', 'lead', 'admin'] as const;
export type Identity = (typeof IDENTITIES)[number];

const PUBLIC = 'AAAAAAAA';
const SIGNED_IN = 'UAAAAAAA';
const STAFF = 'UFFFFAAA';
const LEADS = 'UFFFFFAA';
const ADMINS = 'UFFFFFFA';
/** #15: two-factor sign-in is a person's: every signed-in user for themselves, never through an API token. */
const OWN_SECOND_FACTOR = 'UAAAFAAA';

export const EXPECTED_ACCESS: Readonly<Record<string, string>> = {
  'query apiTokenHolders': 'UFFAAFFA',
  'query apiTokens': 'UFFAAFFA', // admins; partners: their own
  // #18: a partner's own admin (its integration's token too: an integration registers its endpoints) and the vendor's admins.
  'query auditLog': ADMINS, // #12
  'query auditLogCsv': ADMINS,
  'query operationAllowListEnforced': ADMINS, // #18: the allow-list of partner API tokens
  'query persistedOperations': ADMINS,
  'mutation addPersistedOperation': ADMINS,
  'mutation removePersistedOperation': ADMINS,
  'mutation setOperationAllowListEnforced': ADMINS,
  'query invitations': 'UAAAAFFA',
  'query passwordLink': PUBLIC, // #12: whose link it is, for the set-password page
  'query slaComplianceTickets': LEADS, // #14: the tickets behind an SLA-9 figure
  'query resolutionTimes': LEADS, // #14: median and p90 resolution time
  'query serviceHours': ADMINS, // #14: service hours per level, with their versions
  'mutation setServiceHours': ADMINS, // #14
  'query users': 'UAAAAFFA', // #12: admins; an organization's own admin sees its own people
  'query webhookDeliveries': 'UFFAAFFA',
  'query webhookEndpoints': 'UFFAAFFA',
  'query calendarYear': STAFF,
  'query certificateExpiryAlerts': STAFF,
  'query certificates': PUBLIC,
  'query contracts': SIGNED_IN,
  'query documentation': PUBLIC,
  'query faqArticle': PUBLIC,
  'query faqArticles': PUBLIC,
  'query featureRequest': SIGNED_IN,
  'query featureRequests': SIGNED_IN,
  'query me': SIGNED_IN,
  'query myReleaseSubscriptions': SIGNED_IN,
  'query organizations': SIGNED_IN,
  'query outbox': STAFF,
  'query product': PUBLIC,
  'query productRelease': PUBLIC,
  'query productReleases': PUBLIC,
  'query products': PUBLIC,
  'query macros': STAFF, // #19 macros
  'query queue': STAFF,
  'query refusedRequests': STAFF,
  'query renderReplyTemplate': STAFF,
  'query replyTemplates': STAFF,
  'query responseDeadline': PUBLIC,
  'query satisfactionReport': LEADS,
  'query searchTickets': SIGNED_IN,
  'query securitySettings': ADMINS, // #15: whether staff must use a second factor
  'query selfServiceDeflection': LEADS,
  'query selfServiceSuggestions': SIGNED_IN,
  'query serviceLevels': PUBLIC,
  'query slaAlerts': STAFF,
  'query slaCompliance': LEADS,
  'query staff': STAFF,
  'query staffNotificationSettings': STAFF,
  'query staffNotifications': STAFF,
  'query ticket': SIGNED_IN,
  'query ticketViews': STAFF,
  'query tickets': SIGNED_IN,
  'query twoFactorStatus': OWN_SECOND_FACTOR,
  'query viewTickets': STAFF,
  'mutation addInternalNote': STAFF,
  'mutation addProductDocument': STAFF,
  'mutation addReleaseFileLink': STAFF,
  'mutation applyMacro': STAFF, // #19: customers and partners never
  'mutation answerTicket': 'UAAAAFFF', // the customer's side: staff reply instead
  'mutation assignTicket': LEADS,
  'mutation assignTickets': LEADS,
  'mutation beginTwoFactorEnrolment': OWN_SECOND_FACTOR, // or with the enrolment challenge of a sign-in (none in the probe)
  'mutation changeContractLevel': ADMINS,
  'mutation changeCriticality': STAFF,
  'mutation changeFeatureRequestStatus': STAFF,
  'mutation changeOwnPassword': SIGNED_IN,
  'mutation changeUserRole': ADMINS,
  'mutation choosePortalNotices': 'UAAFFFFF', // #14: a customer's own choice of the portal for the reaction notice
  'mutation clearCalendarDay': ADMINS,
  'mutation closeTicket': STAFF,
  'mutation completeSignIn': 'UUUUUUUU', // #15: the probe's challenge is not one the server signed, for every caller
  'mutation confirmTwoFactorEnrolment': OWN_SECOND_FACTOR,
  'mutation createApiToken': 'UFFAFFFA', // admins and a partner's admin, signed in: never through an API token (finding 5)
  'mutation createCertificate': STAFF,
  'mutation createContact': ADMINS,
  'mutation createContract': ADMINS,
  'mutation createFaqArticle': STAFF,
  'mutation createOrganization': ADMINS,
  'mutation createProduct': ADMINS,
  'mutation createProductRelease': STAFF,
  'mutation createMacro': STAFF,
  'mutation createReplyTemplate': STAFF,
  'mutation createTelegramLinkCode': STAFF,
  'mutation createTicket': SIGNED_IN,
  'mutation createWebhookEndpoint': 'UFFAAFFA', // #18, as webhookEndpoints
  'mutation deactivateUser': 'UAAAAFFA',
  'mutation deleteMacro': STAFF,
  'mutation deleteReplyTemplate': STAFF,
  'mutation deleteView': STAFF,
  'mutation deleteWebhookEndpoint': 'UFFAAFFA',
  'mutation disableTwoFactor': OWN_SECOND_FACTOR,
  'mutation escalateTicket': STAFF,
  'mutation grantDownload': SIGNED_IN,
  'mutation importCalendar': ADMINS,
  'mutation importDirectory': ADMINS, // #12: bulk onboarding from CSV
  'mutation inviteUser': ADMINS, // #12: admins; an organization's own admin invites its own people (the probe's vendor role is FORBIDDEN to them)
  'mutation linkTicketToFeatureRequest': STAFF,
  'mutation login': 'UUUUUUUU', // a wrong password for every caller
  'mutation markAllStaffNotificationsRead': STAFF,
  'mutation markStaffNotificationsRead': STAFF,
  'mutation publishFaqArticle': STAFF,
  'mutation publishProductRelease': STAFF,
  'mutation rateTicket': 'UAAFFFFF', // the customer rates its own closed ticket (#19)
  'mutation reactivateUser': 'UAAAAFFA',
  'mutation recordPhoneNotice': STAFF, // #14: the agent records the call (SLA-3)
  'mutation registerRefusedRequest': STAFF, // #12: a refused request registered once the customer is identified
  'mutation recordSelfServiceResolution': SIGNED_IN,
  'mutation regenerateRecoveryCodes': OWN_SECOND_FACTOR,
  'mutation registerFeatureRequest': STAFF,
  'mutation registerFeatureRequestFromTicket': STAFF,
  'mutation rejectTicket': STAFF,
  'mutation renameOrganization': ADMINS,
  'mutation renewContract': ADMINS,
  'mutation reorderViews': STAFF,
  'mutation replyToTicket': STAFF,
  'mutation requestMissingInformation': STAFF,
  'mutation requestPasswordReset': PUBLIC, // #12: the same answer whether the address exists
  'mutation resendInvitation': 'UAAAAFFA',
  'mutation resendWebhookDelivery': 'UFFAAFFA',
  'mutation resetUserTwoFactor': ADMINS, // #15: a lost phone
  'mutation retryNotification': ADMINS,
  'mutation revokeApiToken': 'UFFAFFFA', // likewise
  'mutation revokeInvitation': 'UAAAAFFA',
  'mutation saveView': STAFF,
  'mutation sendWebhookTestEvent': 'UFFAAFFA',
  'mutation setCalendarDay': ADMINS,
  'mutation setExpectedResolution': STAFF,
  'mutation setPassword': PUBLIC, // #12: the invitation or reset link is the credential
  'mutation setServedCustomers': ADMINS,
  'mutation setStaffTwoFactorRequired': ADMINS,
  'mutation setWebhookEndpointEnabled': 'UFFAAFFA',
  'mutation splitTicket': STAFF,
  'mutation mergeTickets': STAFF, // #19: duplicates of one organization
  'mutation startWork': STAFF,
  'mutation subscribeToCertifiedReleases': SIGNED_IN,
  'mutation terminateContract': ADMINS,
  'mutation unassignTicket': STAFF,
  'mutation unlinkTelegram': STAFF,
  'mutation unpublishFaqArticle': STAFF,
  'mutation unsubscribeFromCertifiedReleases': SIGNED_IN,
  'mutation updateCertificate': STAFF,
  'mutation updateContact': ADMINS,
  'mutation updateContract': ADMINS,
  'mutation updateFaqArticle': STAFF,
  'mutation updateProductRelease': STAFF,
  'mutation updateMacro': STAFF,
  'mutation updateReplyTemplate': STAFF,
  'mutation updateStaffNotificationSettings': STAFF,
  'mutation updateTicketDetails': SIGNED_IN,
  // #19, agreement section 4: staff ask for material and track equipment; the customer's side (or its partner) provides it.
  'mutation requestMaterial': STAFF,
  'mutation cancelMaterialRequest': STAFF,
  'mutation fulfilMaterialRequest': 'UAAAAFFF',
  'mutation recordEquipmentReceived': STAFF,
  'mutation recordEquipmentReturned': STAFF,
  'mutation withdrawProductDocument': STAFF,
  'subscription certificateExpiryAlert': STAFF,
  'subscription directoryImportProgress': ADMINS, // #12: the admin's own import
  'subscription myWork': STAFF,
  'subscription queueChanged': STAFF,
  'subscription slaAlert': STAFF,
  'subscription staffNotification': STAFF,
  'subscription ticketUpdated': 'UAFAAAAA', // probed with a ticket of Альфа: its customer, the partner serving it and staff
};
