export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** Operating documentation of a product version: a URL or an uploaded file (SVC-4) */
export type AddProductDocumentInput = {
  /** Edition of the document, e.g. "ред. 3" */
  edition?: InputMaybe<Scalars['String']['input']>;
  /** A file uploaded to POST /catalog/files?productId=…&kind=DOCUMENTATION */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  productId: Scalars['ID']['input'];
  /** Product version (or build) documented, e.g. "8.0.565" */
  productVersion: Scalars['String']['input'];
  /** Issue date, YYYY-MM-DD */
  publishedOn: Scalars['String']['input'];
  /** e.g. "Руководство администратора" */
  title: Scalars['String']['input'];
  /** http(s) address of the document */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A partner integration's API token (the secret is shown only once) */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Updated at most once a minute */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the integrator called it, e.g. "Portal sync" */
  name: Scalars['String']['output'];
  /** Requests allowed per minute */
  rateLimitPerMinute: Scalars['Int']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** The partner user the token acts as */
  user: User;
};

export type ApiTokenCreated = {
  __typename?: 'ApiTokenCreated';
  apiToken: ApiToken;
  /** Send as `Authorization: Bearer <token>`; shown only now, stored only as a hash */
  token: Scalars['String']['output'];
};

/** What appendix 1 asks a request to include (TKT-8) */
export type AppendixItem =
  | 'BOOT_MODE'
  | 'BUILD_NUMBER'
  | 'ERROR_TEXT'
  | 'HARDWARE_MODEL'
  | 'INSTALLED_SOFTWARE'
  | 'MSINFO_REPORT'
  | 'OCCURS_WHEN'
  | 'OS_BITNESS'
  | 'OS_VERSION'
  | 'PRODUCT_VERSION'
  | 'SCREENSHOTS'
  | 'STEPS_TO_REPRODUCE';

/** An audit log entry: who did what, when, from where (append-only) */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The signed-in user who acted; null for an anonymous request */
  actor: Maybe<User>;
  actorEmail: Maybe<Scalars['String']['output']>;
  /** The state after the change, as JSON */
  after: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The state before the change, as JSON */
  before: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ip: Maybe<Scalars['String']['output']>;
  kind: AuditKind;
  objectId: Maybe<Scalars['String']['output']>;
  /** What was acted on: User, Invitation, ApiToken, Organization, SupportContract, CalendarDay, OutboxMessage */
  objectType: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
  userAgent: Maybe<Scalars['String']['output']>;
};

/** Relay-style page of audit log entries, newest first */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  /** All entries matching, across pages */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** Narrows the audit log; every part optional, all given parts must hold */
export type AuditFilter = {
  /** Entries of this acting user */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** From this instant (inclusive) */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kinds?: InputMaybe<Array<AuditKind>>;
  /** With objectType: one object */
  objectId?: InputMaybe<Scalars['String']['input']>;
  /** User, Invitation, ApiToken, Organization, SupportContract, CalendarDay, OutboxMessage */
  objectType?: InputMaybe<Scalars['String']['input']>;
  /** Until this instant (exclusive) */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What an audit log entry records */
export type AuditKind =
  | 'ADMIN_BOOTSTRAPPED'
  | 'API_TOKEN_CREATED'
  | 'API_TOKEN_REVOKED'
  | 'CALENDAR_DAY_CLEARED'
  | 'CALENDAR_DAY_SET'
  | 'CALENDAR_IMPORTED'
  | 'CONTACT_CREATED'
  | 'CONTACT_UPDATED'
  | 'CONTRACT_CREATED'
  | 'CONTRACT_LEVEL_CHANGED'
  | 'CONTRACT_RENEWED'
  | 'CONTRACT_TERMINATED'
  | 'CONTRACT_UPDATED'
  | 'DIRECTORY_IMPORTED'
  | 'INVITATION_ACCEPTED'
  | 'INVITATION_RESENT'
  | 'INVITATION_REVOKED'
  | 'NOTIFICATION_RETRIED'
  | 'OPERATION_ALLOW_LIST_SWITCHED'
  | 'ORGANIZATION_CREATED'
  | 'ORGANIZATION_UPDATED'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_RESET'
  | 'PASSWORD_RESET_REQUESTED'
  | 'PERSISTED_OPERATION_ADDED'
  | 'PERSISTED_OPERATION_REMOVED'
  | 'PRODUCT_CREATED'
  | 'RECOVERY_CODES_REGENERATED'
  | 'RECOVERY_CODE_USED'
  | 'SECURITY_SETTINGS_CHANGED'
  | 'SERVICE_HOURS_CHANGED'
  | 'SIGN_IN_FAILED'
  | 'SIGN_IN_SUCCEEDED'
  | 'TWO_FACTOR_DISABLED'
  | 'TWO_FACTOR_ENABLED'
  | 'TWO_FACTOR_FAILED'
  | 'TWO_FACTOR_RESET'
  | 'USER_DEACTIVATED'
  | 'USER_INVITED'
  | 'USER_REACTIVATED'
  | 'USER_ROLE_CHANGED';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer <token>` (HTTP) or connectionParams.authorization (WebSocket) */
  token: Scalars['String']['output'];
  user: User;
};

/** How the OS boots on hardware products (appendix 1) */
export type BootMode =
  | 'LEGACY'
  | 'UEFI';

/** An override of one day of the production calendar (SLA-5) */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** YYYY-MM-DD, Moscow */
  date: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  shortened: Scalars['Boolean']['output'];
  working: Scalars['Boolean']['output'];
};

/** Where a day's status comes from: a shipped Government decree year, Labor Code art. 112 rules alone, or an admin's override (SLA-5) */
export type CalendarDaySource =
  | 'ART_112'
  | 'OVERRIDE'
  | 'SHIPPED';

export type CalendarYear = {
  __typename?: 'CalendarYear';
  /** Every day of the year, 1 January first, with where its status comes from */
  days: Array<CalendarYearDay>;
  /** The admin's overrides in this year */
  overrides: Array<CalendarDay>;
  /** Working days after overrides (SLA-5) */
  workingDays: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** One day of the production calendar in force (SLA-5) */
export type CalendarYearDay = {
  __typename?: 'CalendarYearDay';
  /** YYYY-MM-DD, Moscow */
  date: Scalars['String']['output'];
  /** WORKING, WEEKEND, HOLIDAY (art. 112) or TRANSFERRED_DAY_OFF */
  kind: Scalars['String']['output'];
  /** The override's or the decree's note */
  note: Maybe<Scalars['String']['output']>;
  /** A working day that closes an hour early (art. 95) */
  shortened: Scalars['Boolean']['output'];
  source: CalendarDaySource;
  working: Scalars['Boolean']['output'];
};

/** A file of a release or a document: stored here or at a URL (SVC-2, SVC-4) */
export type CatalogFile = {
  __typename?: 'CatalogFile';
  /** The caller may download it: staff, or active support for the product today (LVL-3) */
  available: Scalars['Boolean']['output'];
  contentType: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** For those entitled: GET it with the Authorization: Bearer header (a path relative to the API origin; 302 for external files) */
  downloadUrl: Maybe<Scalars['String']['output']>;
  /** Kept at an external address rather than on this server */
  external: Scalars['Boolean']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: CatalogFileKind;
  product: Product;
  /** SHA-256 of the content, hex */
  sha256: Maybe<Scalars['String']['output']>;
  /** Bytes; null for a URL of unknown size */
  size: Maybe<Scalars['Float']['output']>;
  /** For those entitled: the external address, if it is kept elsewhere */
  url: Maybe<Scalars['String']['output']>;
};

/** What a file of a release or a document is (SVC-2, SVC-4) */
export type CatalogFileKind =
  | 'DISTRIBUTION'
  | 'DOCUMENTATION'
  | 'FIRMWARE'
  | 'OTHER'
  | 'UPDATE';

/** A product's certificate: number and validity dates (SVC-3) */
export type Certificate = {
  __typename?: 'Certificate';
  /** Valid today (Moscow) */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Days of validity left, counting today; 0 or less once lapsed */
  daysLeft: Scalars['Int']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Who issued it, e.g. "ФСТЭК России" */
  issuer: Scalars['String']['output'];
  /** When staff are alerted next about its expiry */
  nextAlertAt: Maybe<Scalars['DateTime']['output']>;
  /** As printed, e.g. "№ 2720" */
  number: Scalars['String']['output'];
  product: Product;
  /** Product versions it covers, e.g. "8.0"; null for all */
  productVersions: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** First day of validity, YYYY-MM-DD (Moscow) */
  validFrom: Scalars['String']['output'];
  /** Last day of validity, YYYY-MM-DD (Moscow), inclusive */
  validUntil: Scalars['String']['output'];
};

/** A certificate expiry alert for staff: 90, 30 or 7 days before (SVC-3) */
export type CertificateExpiryAlert = {
  __typename?: 'CertificateExpiryAlert';
  certificate: Certificate;
  /** When it was due: 09:00 Moscow, `thresholdDays` days before the certificate lapses */
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The alert in one Russian sentence, for the console */
  message: Scalars['String']['output'];
  raisedAt: Scalars['DateTime']['output'];
  /** 90, 30 or 7: days left before the certificate lapses */
  thresholdDays: Scalars['Int']['output'];
  /** The last day of validity the alert is about, YYYY-MM-DD (Moscow) */
  validUntil: Scalars['String']['output'];
};

/** Where the request arrived (LVL-5) */
export type Channel =
  | 'API'
  | 'EMAIL'
  | 'PHONE'
  | 'PORTAL'
  | 'TELEGRAM';

/** How the ticket ends (TKT-2, TKT-5) */
export type CloseTicketInput = {
  /** What was done, or the recommendation for the customer */
  note?: InputMaybe<Scalars['String']['input']>;
  resolution: Resolution;
  /** THIRD_PARTY: the vendor whose support the customer should contact (TKT-5) */
  thirdPartyVendor?: InputMaybe<Scalars['String']['input']>;
};

/** One cell of the SLA-9 report: the values of the dimensions it was grouped by; a field left out does not narrow */
export type ComplianceCellInput = {
  /** The agent who reacted */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  criticality?: InputMaybe<Criticality>;
  /** YYYY-MM (Moscow) */
  month?: InputMaybe<Scalars['String']['input']>;
  /** The row of tickets with no agent (agentId left out) */
  noAgent?: InputMaybe<Scalars['Boolean']['input']>;
  supportLevel?: InputMaybe<SupportLevel>;
  /** Monday of the week (Moscow), YYYY-MM-DD */
  week?: InputMaybe<Scalars['String']['input']>;
};

/** What SLA-9 compliance is grouped by */
export type ComplianceDimension =
  | 'AGENT'
  | 'CRITICALITY'
  | 'LEVEL'
  | 'MONTH'
  | 'WEEK';

/** MET vs BREACHED for one group of tickets (SLA-9); ungrouped dimensions are null */
export type ComplianceRow = {
  __typename?: 'ComplianceRow';
  /** The agent who reacted when grouped by AGENT (a ticket still waiting: its holder); null for none */
  agent: Maybe<User>;
  breached: Scalars['Int']['output'];
  /** met / total, 0..1 */
  complianceRate: Scalars['Float']['output'];
  criticality: Maybe<Criticality>;
  met: Scalars['Int']['output'];
  /** YYYY-MM (Moscow) */
  month: Maybe<Scalars['String']['output']>;
  supportLevel: Maybe<SupportLevel>;
  total: Scalars['Int']['output'];
  /** Monday of the week (Moscow), YYYY-MM-DD */
  week: Maybe<Scalars['String']['output']>;
};

/** The tickets behind one SLA-9 figure (drill-down) */
export type ComplianceTickets = {
  __typename?: 'ComplianceTickets';
  /** The first of them, oldest arrival first */
  tickets: Array<Ticket>;
  /** How many tickets the figure counts */
  total: Scalars['Int']['output'];
};

/** A customer's contact person (ID-1) */
export type Contact = {
  __typename?: 'Contact';
  email: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Locale;
  phone: Scalars['String']['output'];
  position: Scalars['String']['output'];
};

/** A customer's contact person (ID-1) */
export type ContactDetailsInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  /** Language of notifications; Russian by default */
  locale?: InputMaybe<Locale>;
  phone: Scalars['String']['input'];
  position: Scalars['String']['input'];
};

/** Contact person of the customer (ID-1) */
export type ContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  position: Scalars['String']['input'];
};

/** One step of a support contract's history */
export type ContractEvent = {
  __typename?: 'ContractEvent';
  /** The terms after, as JSON */
  after: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The terms before, as JSON */
  before: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ContractEventKind;
};

/** What happened to a support contract */
export type ContractEventKind =
  | 'CREATED'
  | 'EDITED'
  | 'LEVEL_CHANGED'
  | 'RENEWED'
  | 'TERMINATED';

/** One of a contract's identifiers: a license number, a serial number or an activation code */
export type ContractIdentifier = {
  __typename?: 'ContractIdentifier';
  id: Scalars['ID']['output'];
  /** As printed on the formulary, box or device */
  identifier: Scalars['String']['output'];
  kind: IdentifierKind;
};

/** A license number, a serial number of hardware or a support activation code (LVL-1) */
export type ContractIdentifierInput = {
  identifier: Scalars['String']['input'];
  kind: IdentifierKind;
};

/** A product certificate (SVC-3) */
export type CreateCertificateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** e.g. "ФСТЭК России" */
  issuer: Scalars['String']['input'];
  /** As printed, e.g. "№ 2720" */
  number: Scalars['String']['input'];
  productId: Scalars['ID']['input'];
  /** Versions covered, e.g. "8.0" */
  productVersions?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  validFrom: Scalars['String']['input'];
  /** Last day of validity, YYYY-MM-DD; staff are alerted 90, 30 and 7 days before */
  validUntil: Scalars['String']['input'];
};

/** A new support contract (#12, LVL-1) */
export type CreateContractInput = {
  /** At least one; each unique across all contracts; the first is the one printed on the contract */
  identifiers: Array<ContractIdentifierInput>;
  organizationId: Scalars['ID']['input'];
  /** The products it covers, at least one */
  productIds: Array<Scalars['ID']['input']>;
  supportLevel: SupportLevel;
  /** First day of support, YYYY-MM-DD (Moscow) */
  validFrom: Scalars['String']['input'];
  /** Last day of support, YYYY-MM-DD (Moscow) */
  validUntil: Scalars['String']['input'];
};

/** A new FAQ article (SVC-1); it stays a draft until published */
export type CreateFaqArticleInput = {
  /** Markdown; raw HTML is shown as text */
  body: Scalars['String']['input'];
  /** Null: about every product */
  productId?: InputMaybe<Scalars['ID']['input']>;
  productVersion?: InputMaybe<Scalars['String']['input']>;
  /** Made from the title when not given */
  slug?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

/** A new customer or partner organization */
export type CreateOrganizationInput = {
  /** CUSTOMER or PARTNER */
  kind: OrganizationKind;
  name: Scalars['String']['input'];
};

/** A new version/build of a product (SVC-2) */
export type CreateProductReleaseInput = {
  /** e.g. "8.0.565"; unique per product */
  build: Scalars['String']['input'];
  /** Passed certification; default false */
  certified?: InputMaybe<Scalars['Boolean']['input']>;
  productId: Scalars['ID']['input'];
  /** Markdown */
  releaseNotes?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  releasedOn: Scalars['String']['input'];
  /** e.g. "8.0" */
  version: Scalars['String']['input'];
};

/** A new request; identification (ID-1) plus the appendix-1 details (TKT-8) */
export type CreateTicketInput = {
  /** Legacy or UEFI (hardware products) */
  bootMode?: InputMaybe<BootMode>;
  buildNumber?: InputMaybe<Scalars['String']['input']>;
  category: TicketCategory;
  channel: Channel;
  contact: ContactInput;
  criticality: Criticality;
  description: Scalars['String']['input'];
  /** The error message as shown (appendix 1) */
  errorText?: InputMaybe<Scalars['String']['input']>;
  /** Motherboard or device model (hardware products) */
  hardwareModel?: InputMaybe<Scalars['String']['input']>;
  /** License number, serial number or support activation code (ID-1) */
  identifier: Scalars['String']['input'];
  installedSoftware?: InputMaybe<Scalars['String']['input']>;
  /** When the problem occurs (appendix 1) */
  occursWhen?: InputMaybe<Scalars['String']['input']>;
  organizationName: Scalars['String']['input'];
  osBitness?: InputMaybe<OsBitness>;
  osVersion?: InputMaybe<Scalars['String']['input']>;
  productVersion?: InputMaybe<Scalars['String']['input']>;
  /** Staff only: when a call started or an e-mail arrived; never in the future */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How to reproduce it (appendix 1) */
  stepsToReproduce?: InputMaybe<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
};

/** A new webhook endpoint (#18) */
export type CreateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** At least one */
  events: Array<WebhookEventKind>;
  /** Admins: the organization (required); a partner's admin: its own (the default) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** https:// (http:// to 127.0.0.1 or localhost only outside production) */
  url: Scalars['String']['input'];
};

/** Impact of the incident on the customer (section 2) */
export type Criticality =
  | 'CRITICAL'
  | 'NON_CRITICAL';

/** How an imported file was written: UTF-8 (with or without a byte order mark) or Windows-1251 */
export type CsvEncoding =
  | 'UTF_8'
  | 'UTF_8_BOM'
  | 'WINDOWS_1251';

/** A CSV file of organizations, contracts and contacts to onboard (#12; README, "Bulk onboarding") */
export type DirectoryImportInput = {
  /** The file's bytes in base64, gzipped or not: UTF-8 (with or without BOM) or Windows-1251, `;` or `,` between cells */
  content: Scalars['String']['input'];
  /** true: only check and count, write nothing */
  dryRun: Scalars['Boolean']['input'];
  /** The name of the file, for the report and the audit log */
  fileName: Scalars['String']['input'];
  /** An id the caller chooses (letters, digits, - and _) to follow the run with directoryImportProgress */
  importId?: InputMaybe<Scalars['String']['input']>;
};

/** Where a directory import is: reading the file, checking it against the directory, writing, done */
export type DirectoryImportPhase =
  | 'CHECKING'
  | 'DONE'
  | 'READING'
  | 'WRITING';

/** A step of an admin's directory import (#12) */
export type DirectoryImportProgress = {
  __typename?: 'DirectoryImportProgress';
  /** Records written so far (WRITING), else rows */
  done: Scalars['Int']['output'];
  importId: Scalars['String']['output'];
  phase: DirectoryImportPhase;
  total: Scalars['Int']['output'];
};

/** What an import did, or (dry run, or problems found) would do */
export type DirectoryImportReport = {
  __typename?: 'DirectoryImportReport';
  /** true when the changes were written; an import with any problem writes nothing */
  applied: Scalars['Boolean']['output'];
  contacts: ImportCounts;
  contracts: ImportCounts;
  /** ";" or ","; null when the file could not be read */
  delimiter: Maybe<Scalars['String']['output']>;
  dryRun: Scalars['Boolean']['output'];
  encoding: CsvEncoding;
  fileName: Scalars['String']['output'];
  organizations: ImportCounts;
  /** All problems found */
  problemCount: Scalars['Int']['output'];
  /** The first 1000 problems, by line */
  problems: Array<ImportRowProblem>;
  /** Rows after the header */
  rowsRead: Scalars['Int']['output'];
};

/** A link that downloads one file as the caller without the Authorization header */
export type DownloadGrant = {
  __typename?: 'DownloadGrant';
  expiresAt: Scalars['DateTime']['output'];
  /** Path relative to the API origin, with the grant in `access`; use it as a plain link */
  url: Scalars['String']['output'];
};

/** Equipment handed over for diagnosis (#19): where it is, with its condition */
export type EquipmentItem = {
  __typename?: 'EquipmentItem';
  /** Its condition on receipt and on return */
  conditionNotes: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What the device is (model, kind) */
  item: Scalars['String']['output'];
  /** Where it is now */
  location: EquipmentLocation;
  /** When the vendor received it, YYYY-MM-DD (Moscow) */
  receivedOn: Scalars['String']['output'];
  /** When it went back to the customer, YYYY-MM-DD (Moscow) */
  returnedOn: Maybe<Scalars['String']['output']>;
  serialNumber: Scalars['String']['output'];
};

/** Where equipment handed over for diagnosis is now */
export type EquipmentLocation =
  | 'AT_VENDOR'
  | 'RETURNED';

/** Equipment the vendor received for diagnosis (#19) */
export type EquipmentReceivedInput = {
  /** Its condition on receipt */
  conditionNotes?: InputMaybe<Scalars['String']['input']>;
  item: Scalars['String']['input'];
  /** YYYY-MM-DD (Moscow), not in the future */
  receivedOn: Scalars['String']['input'];
  /** The EQUIPMENT request it was asked for by */
  requestId: Scalars['ID']['input'];
  serialNumber: Scalars['String']['input'];
};

/** Equipment given back to the customer (#19) */
export type EquipmentReturnedInput = {
  /** Its condition on return; added to the notes */
  conditionNotes?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  /** YYYY-MM-DD (Moscow), not before it was received nor in the future */
  returnedOn: Scalars['String']['input'];
};

/** An FAQ article (SVC-1): public once published */
export type FaqArticle = {
  __typename?: 'FaqArticle';
  /** Markdown source; `bodyHtml` is the safe rendering */
  body: Scalars['String']['output'];
  /** The body rendered as HTML: raw HTML escaped, bare URLs linked, unsafe link targets dropped */
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Null: about every product */
  product: Maybe<Product>;
  /** Product version the article is about, e.g. "8.0"; null for all versions */
  productVersion: Maybe<Scalars['String']['output']>;
  published: Scalars['Boolean']['output'];
  /** When it was last published */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable address of the article, e.g. "oshibka-autentifikacii" */
  slug: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** Relay-style page of FAQ articles */
export type FaqArticleConnection = {
  __typename?: 'FaqArticleConnection';
  edges: Array<FaqArticleEdge>;
  pageInfo: PageInfo;
  /** All articles matching, across pages */
  totalCount: Scalars['Int']['output'];
};

export type FaqArticleEdge = {
  __typename?: 'FaqArticleEdge';
  cursor: Scalars['String']['output'];
  node: FaqArticle;
};

/** A feature request (SVC-5): status and the tickets that asked for it */
export type FeatureRequest = {
  __typename?: 'FeatureRequest';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Human-readable, e.g. FR-000012 */
  number: Scalars['String']['output'];
  product: Maybe<Product>;
  /** How many organizations asked for it */
  requestingOrganizationsCount: Scalars['Int']['output'];
  status: FeatureRequestStatus;
  statusChangedAt: Scalars['DateTime']['output'];
  /** Why the status is what it is (e.g. the release it went into, why declined) */
  statusNote: Maybe<Scalars['String']['output']>;
  /** The tickets that asked for it: all for staff, the caller's own for customers and partners */
  tickets: Array<Ticket>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** Where a feature request stands (SVC-5) */
export type FeatureRequestStatus =
  | 'DECLINED'
  | 'PLANNED'
  | 'REGISTERED'
  | 'RELEASED'
  | 'UNDER_REVIEW';

/** The customer's material for an open request (#19): files already uploaded to the ticket, or for equipment how it was shipped */
export type FulfilMaterialRequestInput = {
  /** Files of the same ticket, uploaded through /files (tus); at least one unless EQUIPMENT */
  fileIds?: Array<Scalars['ID']['input']>;
  /** Required for EQUIPMENT: how and when it was shipped or handed over */
  note?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};

/** License number, serial number or support activation code (ID-1) */
export type IdentifierKind =
  | 'ACTIVATION_CODE'
  | 'LICENSE_NUMBER'
  | 'SERIAL_NUMBER';

/** How many records of one kind an import creates, changes or finds as the file says */
export type ImportCounts = {
  __typename?: 'ImportCounts';
  created: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** Why a row of a directory import cannot be applied */
export type ImportProblemCode =
  | 'CONFLICTING_ROWS'
  | 'IDENTIFIER_TAKEN'
  | 'INVALID_VALUE'
  | 'MALFORMED_CSV'
  | 'MISSING_COLUMN'
  | 'NOT_A_CUSTOMER'
  | 'REQUIRED'
  | 'TOO_MANY_ROWS'
  | 'UNKNOWN_COLUMN'
  | 'UNKNOWN_PRODUCT';

/** Why one row (or the header, line 1) of an import cannot be applied */
export type ImportRowProblem = {
  __typename?: 'ImportRowProblem';
  code: ImportProblemCode;
  /** The column, as named in the header; null for the whole row or file */
  column: Maybe<Scalars['String']['output']>;
  /** The line of the file the row starts on; the header is line 1 */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** An invitation to become a user; the invitee sets a password through a one-time link */
export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Who invited */
  invitedBy: Maybe<User>;
  organization: Maybe<Organization>;
  /** The new user administers its organization's people (and a partner's API tokens) */
  organizationAdmin: Scalars['Boolean']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  role: Role;
  status: InvitationStatus;
};

/** Where an invitation stands */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** Whom to invite, with which role (#12) */
export type InviteUserInput = {
  email: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  /** CUSTOMER or PARTNER: the new user administers its organization's people */
  organizationAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  /** CUSTOMER: a customer organization; PARTNER: a partner; staff: none. An organization's admin: its own (the default) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
};

/** Language of customer notifications (Russian first, LVL-5) */
export type Locale =
  | 'EN'
  | 'RU';

/** A macro (#19): a reply template, a status change and an assignment, applied to a ticket in one action */
export type Macro = {
  __typename?: 'Macro';
  /** The agent, with assignment AGENT */
  assignee: Maybe<User>;
  assignment: Maybe<MacroAssignment>;
  createdAt: Scalars['DateTime']['output'];
  /** Whether you may change it: your own, or the team’s for team leads and admins */
  editable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** What the reply is: CLARIFYING_QUESTION, RECOMMENDATION, SOLUTION or UPDATE_PROVIDED; set with a template */
  replyKind: Maybe<MessageKind>;
  /** The reply template it sends; null: no reply step */
  replyTemplate: Maybe<ReplyTemplate>;
  /** The resolution when the macro closes the ticket */
  resolution: Maybe<Resolution>;
  /** true: the team's, edited by team leads and admins; false: its owner's alone */
  shared: Scalars['Boolean']['output'];
  /** IN_PROGRESS: take into work (startWork, SLA-2/3); CLOSED: close with `resolution`; null: no status step */
  targetStatus: Maybe<TicketStatus>;
  updatedAt: Scalars['DateTime']['output'];
};

/** A macro’s assignment step: ME (whoever applies it), AGENT (the named agent), UNASSIGN (back to the team) */
export type MacroAssignment =
  | 'AGENT'
  | 'ME'
  | 'UNASSIGN';

/** A macro (#19): at least one of a reply template, a target status, an assignment */
export type MacroInput = {
  /** The agent, with assignment AGENT */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** ME and AGENT are team leads’ (TKT-6); UNASSIGN hands the ticket back */
  assignment?: InputMaybe<MacroAssignment>;
  /** At most 120 characters */
  name: Scalars['String']['input'];
  /** What the reply is (default RECOMMENDATION); only with a template */
  replyKind?: InputMaybe<MessageKind>;
  /** The reply template sent, in the contact's language; a team macro uses the team's templates */
  replyTemplateId?: InputMaybe<Scalars['ID']['input']>;
  /** Required with targetStatus CLOSED; not NO_CUSTOMER_RESPONSE (TKT-3) nor THIRD_PARTY (TKT-5 names a vendor per ticket) */
  resolution?: InputMaybe<Resolution>;
  /** true: the team's (team leads and admins only); default false: your own */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
  /** IN_PROGRESS: take a NEW ticket into work (startWork: the reaction and its notice, SLA-2/3); CLOSED: close with `resolution` */
  targetStatus?: InputMaybe<TicketStatus>;
};

/** What material the vendor asks for (agreement section 4) */
export type MaterialKind =
  | 'CONFIGURATION'
  | 'EQUIPMENT'
  | 'LOGS'
  | 'MSINFO32_REPORT'
  | 'OS_IMAGE'
  | 'SCREENSHOTS';

/** Material the vendor asks the customer for on a ticket (#19, agreement section 4) */
export type MaterialRequest = {
  __typename?: 'MaterialRequest';
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** What exactly is asked for (which log, which configuration, which device) */
  details: Scalars['String']['output'];
  /** EQUIPMENT: the devices received for it, and where each is now */
  equipment: Array<EquipmentItem>;
  /** The files the customer gave for it */
  files: Array<TicketFile>;
  fulfilledAt: Maybe<Scalars['DateTime']['output']>;
  /** The customer's words on fulfilling it (for equipment: how and when it was shipped) */
  fulfilmentNote: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: MaterialKind;
  /** Why the vendor needs it */
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** The staff member who asked */
  requestedBy: User;
  /** EQUIPMENT: where to hand over or ship it (the desk setting materialRequests.shippingDetails) */
  shippingDetails: Maybe<Scalars['String']['output']>;
  status: MaterialRequestStatus;
  ticketId: Scalars['ID']['output'];
};

/** One piece of material to ask the customer for (#19) */
export type MaterialRequestInput = {
  /** What exactly: which log, which configuration, which device */
  details: Scalars['String']['input'];
  kind: MaterialKind;
  /** Why the vendor needs it */
  reason: Scalars['String']['input'];
};

/** OPEN until the customer provides it (or staff cancel it) */
export type MaterialRequestStatus =
  | 'CANCELLED'
  | 'FULFILLED'
  | 'OPEN';

/** What a message on a ticket is (TKT-2, TKT-9) */
export type MessageKind =
  | 'CLARIFYING_QUESTION'
  | 'CUSTOMER_REPLY'
  | 'INTERNAL_NOTE'
  | 'RECOMMENDATION'
  | 'SOLUTION'
  | 'UPDATE_PROVIDED';

/** An appendix-1 item the ticket still lacks (TKT-8) */
export type MissingInformation = {
  __typename?: 'MissingInformation';
  item: AppendixItem;
  /** How the customer is asked for it (Russian) */
  question: Scalars['String']['output'];
  /** False for "where possible" items: screenshots, the msinfo32 report */
  required: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A note for the team; never shown to customers or partners (TKT-9) */
  addInternalNote: Ticket;
  /** Admins: adds a document (valid against this schema, one operation) to the allow-list; the server computes its SHA-256 */
  addPersistedOperation: PersistedOperation;
  /** Staff: publishes a document; a newer edition of the same title becomes the latest */
  addProductDocument: ProductDocument;
  /** Staff: adds a file kept at a URL to a release */
  addReleaseFileLink: CatalogFile;
  /** The customer's answer (a partner may answer for the customers it serves). A waiting ticket goes back to IN_PROGRESS; for a CLOSED or REJECTED ticket a new linked ticket is registered and returned (TKT-4) */
  answerTicket: Ticket;
  /** Staff: applies a macro to a ticket — take into work (if it says so and the ticket is NEW), the reply, closing, the assignment — each through the same rules as by hand and on the timeline as such. Every step is checked first: a refused one (CONFLICT, FORBIDDEN) changes nothing */
  applyMacro: Ticket;
  /** Team lead: gives the ticket to another agent (TKT-6) */
  assignTicket: Ticket;
  /** Team lead: gives several tickets to one agent at once; a bad selection changes nothing (TKT-6) */
  assignTickets: Array<Ticket>;
  /** Begins enrolment: a new secret for an authenticator app, pending until confirmTwoFactorEnrolment */
  beginTwoFactorEnrolment: TwoFactorSetup;
  /** Withdraws an open material request; the ticket keeps its status */
  cancelMaterialRequest: Ticket;
  /** Admins: upgrade or downgrade; tickets keep the level they were registered under */
  changeContractLevel: SupportContract;
  /** Reclassifies; the deadline is recomputed from the original arrival (SLA-8) */
  changeCriticality: Ticket;
  /** Staff: REGISTERED → UNDER_REVIEW → PLANNED → RELEASED, or DECLINED, with a note */
  changeFeatureRequestStatus: FeatureRequest;
  /** The current password required; other sessions end, the answer carries a fresh token */
  changeOwnPassword: AuthPayload;
  /** Admins: a new role (with the organization it needs); open sockets of the user close at once */
  changeUserRole: User;
  /** Customer: be told in the portal that work on your tickets started — the notice then counts as received when it is on the ticket (SLA-3) */
  choosePortalNotices: User;
  /** Admin: removes an override; true when there was one */
  clearCalendarDay: Scalars['Boolean']['output'];
  /** Closes with a resolution; THIRD_PARTY names the vendor to contact (TKT-5) */
  closeTicket: Ticket;
  /** The second step of sign-in: the challenge of SECOND_FACTOR_REQUIRED and a code or a recovery code */
  completeSignIn: AuthPayload;
  /** A current code of the new secret turns two-factor sign-in on; answers recovery codes and a session */
  confirmTwoFactorEnrolment: TwoFactorEnabled;
  /** A token that acts as the given partner user, scoped to the customers it serves */
  createApiToken: ApiTokenCreated;
  /** Staff: registers a certificate and arms its 90/30/7-day expiry alerts */
  createCertificate: Certificate;
  /** Admins: a customer organization's contact person */
  createContact: Contact;
  /** Admins: a new contract; an identifier another contract has is refused, naming it */
  createContract: SupportContract;
  /** Staff: writes a draft article */
  createFaqArticle: FaqArticle;
  /** Staff: writes a macro of your own, or (team leads, admins) the team's */
  createMacro: Macro;
  /** Admins: a new customer or partner organization */
  createOrganization: Organization;
  /** Admins: a product of the vendor's, for contracts to cover */
  createProduct: Product;
  /** Staff: registers a release; `publish` makes it public at once (certified: subscribers are notified) */
  createProductRelease: ProductRelease;
  /** Staff: writes a text module of your own, or (team leads, admins) the team's */
  createReplyTemplate: ReplyTemplate;
  /** A one-time code (10 minutes) to link your Telegram chat: send "/link CODE" to the support bot */
  createTelegramLinkCode: TelegramLinkCode;
  /** Registers a request (ID-1, ID-2); an expired contract yields a REJECTED ticket */
  createTicket: Ticket;
  /** Registers an endpoint; the signing secret is in the answer only */
  createWebhookEndpoint: WebhookEndpointCreated;
  /** Sessions, API tokens and open sockets of the user stop at once */
  deactivateUser: User;
  /** Staff: deletes a macro you may change */
  deleteMacro: Scalars['Boolean']['output'];
  /** Staff: deletes a text module you may change */
  deleteReplyTemplate: Scalars['Boolean']['output'];
  /** Deletes one of your saved views */
  deleteView: Scalars['Boolean']['output'];
  /** Deletes an endpoint with its delivery log; returns its id */
  deleteWebhookEndpoint: Scalars['ID']['output'];
  /** Turns two-factor sign-in off, proven by a current code or the password (not while admins require it) */
  disableTwoFactor: TwoFactorStatus;
  /** Raises the escalation level with a reason (TKT-6) */
  escalateTicket: Ticket;
  /** The ticket's customer (or the partner serving it) provides an open request's material: files uploaded to the ticket, or for EQUIPMENT how it was shipped. The last open request brings a waiting ticket back to IN_PROGRESS */
  fulfilMaterialRequest: Ticket;
  /** A short-lived link for a `downloadUrl` (ticket or catalog file), so a browser can save a large file directly; who may download is checked now and again when the link is used */
  grantDownload: DownloadGrant;
  /** Admin: imports days off and working days from an iCalendar (.ics) text */
  importCalendar: Array<CalendarDay>;
  /** Admins: checks (dryRun) or applies a CSV file of organizations, contracts and contacts; any problem and nothing is written; the same file twice changes nothing */
  importDirectory: DirectoryImportReport;
  /** Invites someone by e-mail with a role: a one-time set-password link goes through the outbox */
  inviteUser: Invitation;
  /** Staff: links another ticket that asks for the same feature (noted on its timeline) */
  linkTicketToFeatureRequest: FeatureRequest;
  /** Exchanges e-mail and password for a bearer token */
  login: AuthPayload;
  /** Marks all your notifications read; returns 0 */
  markAllStaffNotificationsRead: Scalars['Int']['output'];
  /** Marks these notifications of yours read (every tab follows); returns how many are still unread */
  markStaffNotificationsRead: Scalars['Int']['output'];
  /** Staff: merges a duplicate (the same customer's incident reported twice, e.g. by phone and by e-mail) into the surviving ticket of the same organization: its messages, files and their timeline lines join the survivor, the earlier arrival stands for the SLA (SLA-2; a decided outcome is kept, SLA-10), the duplicate closes as DUPLICATE with mergedInto set, and the customer is told. Returns the survivor */
  mergeTickets: Ticket;
  /** Staff: makes the article public */
  publishFaqArticle: FaqArticle;
  /** Staff: makes a release public; a certified one sends "new certified version" notices to subscribers, once */
  publishProductRelease: ProductRelease;
  /** The customer rates the answer to its closed ticket, once: 1–5 and an optional comment */
  rateTicket: TicketRating;
  /** The user signs in again (earlier sessions stay ended) */
  reactivateUser: User;
  /** Records equipment received for diagnosis; an open EQUIPMENT request is then fulfilled */
  recordEquipmentReceived: Ticket;
  /** Records equipment given back to the customer, with its condition; possible after the ticket is closed */
  recordEquipmentReturned: Ticket;
  /** SLA-3: the customer was told by phone that the ticket is registered and work started; the call time is the reaction if it is the first proof */
  recordPhoneNotice: Ticket;
  /** "This answered my question": records a request resolved without a ticket (no ticket is created) */
  recordSelfServiceResolution: Scalars['Boolean']['output'];
  /** New recovery codes, proven by a current code; the old ones stop working */
  regenerateRecoveryCodes: Array<Scalars['String']['output']>;
  /** Staff: registers a feature request (status REGISTERED) */
  registerFeatureRequest: FeatureRequest;
  /** Staff: registers a FEATURE_REQUEST ticket as a feature request (the ticket's subject, description and product unless given) and links it */
  registerFeatureRequestFromTicket: FeatureRequest;
  /** Staff: registers a refused request (ID-1, ID-2) as a ticket once the customer is identified; the deadline counts from its original arrival (SLA-2) */
  registerRefusedRequest: Ticket;
  /** Refuses support for one of TKT-7's reasons; the customer is told why */
  rejectTicket: Ticket;
  /** Admins: takes an operation off the allow-list */
  removePersistedOperation: Scalars['Boolean']['output'];
  /** Admins: renames an organization (requests match the new name, ID-2) */
  renameOrganization: Organization;
  /** Admins: a new validity period; the previous one stays in the history */
  renewContract: SupportContract;
  /** Orders your saved views (the built-in ones come first); returns every view */
  reorderViews: Array<TicketView>;
  /** Agent reply to the customer; the ticket then waits for them (TKT-2, TKT-3) */
  replyToTicket: Ticket;
  /** Asks the customer for material, one notice for all items; the ticket then waits for them (TKT-2, TKT-3) */
  requestMaterial: Ticket;
  /** Asks the customer for everything appendix 1 still lacks, in one clarifying question (TKT-8) */
  requestMissingInformation: Ticket;
  /** Sends a one-time reset link if the address has an account; always answers true */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sends a new link with a new expiry; the earlier link stops working */
  resendInvitation: Invitation;
  /** Sends a logged delivery's message again (same webhook-id, fresh attempts) */
  resendWebhookDelivery: WebhookDelivery;
  /** Admins: turns a user's two-factor sign-in off (a lost phone); they enrol again */
  resetUserTwoFactor: User;
  /** Admin: puts a FAILED notification back into delivery with a fresh set of attempts */
  retryNotification: OutboxMessage;
  /** Stops a token at once */
  revokeApiToken: ApiToken;
  /** The link stops working */
  revokeInvitation: Invitation;
  /** Saves a view of your own (new, or with `id` replacing one of yours) */
  saveView: TicketView;
  /** Sends a signed webhook.test event; returns its webhook-id (see webhookDeliveries) */
  sendWebhookTestEvent: Scalars['String']['output'];
  /** Admin: makes one day working or a day off, overriding the rules (SLA-5) */
  setCalendarDay: CalendarDay;
  /** The expected resolution date the customer sees (TKT-9); null clears it */
  setExpectedResolution: Ticket;
  /** Admins: true — partner API tokens run only persisted operations (others: FORBIDDEN, reason OPERATION_NOT_ALLOWED); staff and console sessions are never limited */
  setOperationAllowListEnforced: Scalars['Boolean']['output'];
  /** Accepts an invitation or uses a reset link by setting a password; answers signed in */
  setPassword: AuthPayload;
  /** Admins: the customers a partner serves; its people's view follows at once */
  setServedCustomers: Organization;
  /** Admin: a level's service hours from effectiveFrom (default now) — one or several periods a day, or none for 24×7 (EXTENDED only); tickets registered before keep theirs (LVL-2, SLA-10) */
  setServiceHours: ServiceHoursOfLevel;
  /** Admins: whether staff must sign in with a second factor; open sessions are left alone */
  setStaffTwoFactorRequired: SecuritySettings;
  /** Disables or (again) enables an endpoint; enabling resets its failure count */
  setWebhookEndpointEnabled: WebhookEndpoint;
  /** Splits incidents off into tickets of their own, keeping the original arrival (ID-3) */
  splitTicket: Array<Ticket>;
  /** The reaction: assigns to the caller if unassigned and notifies the customer (SLA-2, SLA-3) */
  startWork: Ticket;
  /** Notices by e-mail when a new certified version of the product is published; needs active support for it */
  subscribeToCertifiedReleases: ReleaseSubscription;
  /** Admins: support ends after lastDay (default today, Moscow); later requests are refused (ID-2) */
  terminateContract: SupportContract;
  /** Nobody holds the ticket any more: a lead takes it off anyone, an agent hands back their own (TKT-6) */
  unassignTicket: Ticket;
  /** Unlinks your Telegram chat; Telegram is dropped from every kind */
  unlinkTelegram: StaffNotificationSettingsView;
  /** Staff: takes the article back to draft; the public no longer finds it */
  unpublishFaqArticle: FaqArticle;
  /** Stops the notices; false when there was no subscription */
  unsubscribeFromCertifiedReleases: Scalars['Boolean']['output'];
  /** Staff: corrects or renews a certificate */
  updateCertificate: Certificate;
  /** Admins: edits a contact person */
  updateContact: Contact;
  /** Admins: edits a contract's identifiers and products */
  updateContract: SupportContract;
  /** Staff: edits an article (published ones change in place) */
  updateFaqArticle: FaqArticle;
  /** Staff: rewrites one of your macros, or (team leads, admins) one of the team's */
  updateMacro: Macro;
  /** Staff: edits a release; certifying a published one notifies subscribers */
  updateProductRelease: ProductRelease;
  /** Staff: rewrites one of your text modules, or (team leads, admins) one of the team's */
  updateReplyTemplate: ReplyTemplate;
  /** Chooses e-mail and/or Telegram per kind and personal quiet hours */
  updateStaffNotificationSettings: StaffNotificationSettingsView;
  /** Fills in appendix-1 details (TKT-8): the customer, their partner or staff */
  updateTicketDetails: Ticket;
  /** Staff: stops listing a document; false if it was already withdrawn */
  withdrawProductDocument: Scalars['Boolean']['output'];
};


export type MutationAddInternalNoteArgs = {
  body: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationAddPersistedOperationArgs = {
  document: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type MutationAddProductDocumentArgs = {
  input: AddProductDocumentInput;
};


export type MutationAddReleaseFileLinkArgs = {
  input: ReleaseFileLinkInput;
  releaseId: Scalars['ID']['input'];
};


export type MutationAnswerTicketArgs = {
  body: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationApplyMacroArgs = {
  macroId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationAssignTicketArgs = {
  assigneeId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationAssignTicketsArgs = {
  assigneeId: Scalars['ID']['input'];
  ticketIds: Array<Scalars['ID']['input']>;
};


export type MutationBeginTwoFactorEnrolmentArgs = {
  challenge?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelMaterialRequestArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationChangeContractLevelArgs = {
  id: Scalars['ID']['input'];
  supportLevel: SupportLevel;
};


export type MutationChangeCriticalityArgs = {
  criticality: Criticality;
  reason: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationChangeFeatureRequestStatusArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: FeatureRequestStatus;
};


export type MutationChangeOwnPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationChangeUserRoleArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationChoosePortalNoticesArgs = {
  enabled: Scalars['Boolean']['input'];
};


export type MutationClearCalendarDayArgs = {
  date: Scalars['String']['input'];
};


export type MutationCloseTicketArgs = {
  input: CloseTicketInput;
  ticketId: Scalars['ID']['input'];
};


export type MutationCompleteSignInArgs = {
  challenge: Scalars['String']['input'];
  code?: InputMaybe<Scalars['String']['input']>;
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConfirmTwoFactorEnrolmentArgs = {
  challenge?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
};


export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationCreateCertificateArgs = {
  input: CreateCertificateInput;
};


export type MutationCreateContactArgs = {
  input: ContactDetailsInput;
  organizationId: Scalars['ID']['input'];
};


export type MutationCreateContractArgs = {
  input: CreateContractInput;
};


export type MutationCreateFaqArticleArgs = {
  input: CreateFaqArticleInput;
};


export type MutationCreateMacroArgs = {
  input: MacroInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateProductArgs = {
  kind: ProductKind;
  name: Scalars['String']['input'];
};


export type MutationCreateProductReleaseArgs = {
  input: CreateProductReleaseInput;
  publish?: Scalars['Boolean']['input'];
};


export type MutationCreateReplyTemplateArgs = {
  input: ReplyTemplateInput;
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationDeleteMacroArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteReplyTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteViewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableTwoFactorArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEscalateTicketArgs = {
  reason: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationFulfilMaterialRequestArgs = {
  input: FulfilMaterialRequestInput;
};


export type MutationGrantDownloadArgs = {
  downloadUrl: Scalars['String']['input'];
};


export type MutationImportCalendarArgs = {
  ics: Scalars['String']['input'];
};


export type MutationImportDirectoryArgs = {
  input: DirectoryImportInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLinkTicketToFeatureRequestArgs = {
  featureRequestId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkStaffNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMergeTicketsArgs = {
  duplicateId: Scalars['ID']['input'];
  survivorId: Scalars['ID']['input'];
};


export type MutationPublishFaqArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishProductReleaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRateTicketArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  score: Scalars['Int']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationReactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRecordEquipmentReceivedArgs = {
  input: EquipmentReceivedInput;
};


export type MutationRecordEquipmentReturnedArgs = {
  input: EquipmentReturnedInput;
};


export type MutationRecordPhoneNoticeArgs = {
  calledAt: Scalars['DateTime']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
};


export type MutationRecordSelfServiceResolutionArgs = {
  input: SelfServiceResolutionInput;
};


export type MutationRegenerateRecoveryCodesArgs = {
  code: Scalars['String']['input'];
};


export type MutationRegisterFeatureRequestArgs = {
  input: RegisterFeatureRequestInput;
};


export type MutationRegisterFeatureRequestFromTicketArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegisterRefusedRequestArgs = {
  id: Scalars['ID']['input'];
  input: CreateTicketInput;
};


export type MutationRejectTicketArgs = {
  note: Scalars['String']['input'];
  reason: RejectionReason;
  ticketId: Scalars['ID']['input'];
};


export type MutationRemovePersistedOperationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRenameOrganizationArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRenewContractArgs = {
  id: Scalars['ID']['input'];
  validFrom: Scalars['String']['input'];
  validUntil: Scalars['String']['input'];
};


export type MutationReorderViewsArgs = {
  viewIds: Array<Scalars['ID']['input']>;
};


export type MutationReplyToTicketArgs = {
  body: Scalars['String']['input'];
  kind: MessageKind;
  ticketId: Scalars['ID']['input'];
};


export type MutationRequestMaterialArgs = {
  items: Array<MaterialRequestInput>;
  ticketId: Scalars['ID']['input'];
};


export type MutationRequestMissingInformationArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResendWebhookDeliveryArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationResetUserTwoFactorArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRetryNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveViewArgs = {
  input: SaveViewInput;
};


export type MutationSendWebhookTestEventArgs = {
  endpointId: Scalars['ID']['input'];
};


export type MutationSetCalendarDayArgs = {
  date: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  shortened?: Scalars['Boolean']['input'];
  working: Scalars['Boolean']['input'];
};


export type MutationSetExpectedResolutionArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  ticketId: Scalars['ID']['input'];
};


export type MutationSetOperationAllowListEnforcedArgs = {
  enforced: Scalars['Boolean']['input'];
};


export type MutationSetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSetServedCustomersArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  partnerId: Scalars['ID']['input'];
};


export type MutationSetServiceHoursArgs = {
  effectiveFrom?: InputMaybe<Scalars['DateTime']['input']>;
  periods?: InputMaybe<Array<ServicePeriodInput>>;
  supportLevel: SupportLevel;
};


export type MutationSetStaffTwoFactorRequiredArgs = {
  required: Scalars['Boolean']['input'];
};


export type MutationSetWebhookEndpointEnabledArgs = {
  enabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSplitTicketArgs = {
  parts: Array<SplitPartInput>;
  ticketId: Scalars['ID']['input'];
};


export type MutationStartWorkArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationSubscribeToCertifiedReleasesArgs = {
  productId: Scalars['ID']['input'];
};


export type MutationTerminateContractArgs = {
  id: Scalars['ID']['input'];
  lastDay?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUnassignTicketArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationUnpublishFaqArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnsubscribeFromCertifiedReleasesArgs = {
  productId: Scalars['ID']['input'];
};


export type MutationUpdateCertificateArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCertificateInput;
};


export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: ContactDetailsInput;
};


export type MutationUpdateContractArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContractInput;
};


export type MutationUpdateFaqArticleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFaqArticleInput;
};


export type MutationUpdateMacroArgs = {
  id: Scalars['ID']['input'];
  input: MacroInput;
};


export type MutationUpdateProductReleaseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductReleaseInput;
};


export type MutationUpdateReplyTemplateArgs = {
  id: Scalars['ID']['input'];
  input: ReplyTemplateInput;
};


export type MutationUpdateStaffNotificationSettingsArgs = {
  input: StaffNotificationSettingsInput;
};


export type MutationUpdateTicketDetailsArgs = {
  input: TicketDetailsInput;
  ticketId: Scalars['ID']['input'];
};


export type MutationWithdrawProductDocumentArgs = {
  id: Scalars['ID']['input'];
};

/** What a customer notification says */
export type NotificationKind =
  | 'AGENT_MESSAGE'
  | 'ANSWER_RECEIVED'
  | 'AUTO_CLOSED'
  | 'CLOSED'
  | 'EXPECTED_RESOLUTION'
  | 'FORWARDED_TO_SALES'
  | 'IDENTIFICATION_REQUIRED'
  | 'INVITATION'
  | 'MATERIAL_REQUESTED'
  | 'MERGED'
  | 'PASSWORD_RESET'
  | 'RECEIVED'
  | 'REJECTED'
  | 'SALES_FORWARD'
  | 'STAFF_DIGEST'
  | 'STAFF_NOTIFICATION'
  | 'WEBHOOK_DISABLED'
  | 'WEBHOOK_EVENT'
  | 'WORK_STARTED';

/** Where staff notifications go besides the bell */
export type OffAppChannel =
  | 'EMAIL'
  | 'TELEGRAM';

/** Off-app channels chosen for one kind of notification */
export type OffAppPreference = {
  __typename?: 'OffAppPreference';
  channels: Array<OffAppChannel>;
  kind: StaffNotificationKind;
};

/** Off-app channels for one kind */
export type OffAppPreferenceInput = {
  channels: Array<OffAppChannel>;
  kind: StaffNotificationKind;
};

/** Off-app delivery of a staff notification */
export type OffAppStatus =
  | 'NONE'
  | 'QUEUED'
  | 'WAITING';

/** A customer organization, a partner serving customers, or the vendor */
export type Organization = {
  __typename?: 'Organization';
  /** Staff: the organization's contact persons */
  contacts: Array<Contact>;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  /** Staff: for a partner, the customers it serves */
  servedCustomers: Array<Organization>;
  /** Staff: the organization's contracts */
  supportContracts: Array<SupportContract>;
};

/** Customer, partner or the vendor itself */
export type OrganizationKind =
  | 'CUSTOMER'
  | 'PARTNER'
  | 'VENDOR';

/** Bitness of the operating system (appendix 1) */
export type OsBitness =
  | 'X64'
  | 'X86';

/** A customer notification waiting for or done with delivery */
export type OutboxMessage = {
  __typename?: 'OutboxMessage';
  attempts: Scalars['Int']['output'];
  body: Scalars['String']['output'];
  channel: Channel;
  createdAt: Scalars['DateTime']['output'];
  /** The proof of receipt: the SMTP reply to DATA (queue id), the Telegram message id */
  deliveryReceipt: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  lastError: Maybe<Scalars['String']['output']>;
  messageId: Maybe<Scalars['String']['output']>;
  /** When delivery is tried next (PENDING), or was last tried */
  nextAttemptAt: Scalars['DateTime']['output'];
  /** The ticket's reaction notice: its delivery proves the reaction (SLA-2, SLA-3) */
  reaction: Scalars['Boolean']['output'];
  recipient: Scalars['String']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: OutboxStatus;
  subject: Scalars['String']['output'];
  /** The ticket the notification is about */
  ticket: Maybe<Ticket>;
};

/** Delivery state of a notification */
export type OutboxStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENDING'
  | 'SENT';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A valid one-time link, as the set-password page shows it */
export type PasswordLink = {
  __typename?: 'PasswordLink';
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  fullName: Scalars['String']['output'];
  purpose: PasswordLinkPurpose;
};

/** What a one-time set-password link is for */
export type PasswordLinkPurpose =
  | 'INVITATION'
  | 'PASSWORD_RESET';

/** An operation a partner API token may run while the allow-list is enforced (#18) */
export type PersistedOperation = {
  __typename?: 'PersistedOperation';
  createdAt: Scalars['DateTime']['output'];
  /** The GraphQL document, exactly as clients send it */
  document: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The operation name the document declares, as integrators know it */
  name: Scalars['String']['output'];
  /** Hex SHA-256 of the document: the hash of automatic persisted queries (APQ) */
  sha256: Scalars['String']['output'];
};

/** A software or hardware item made by the vendor */
export type Product = {
  __typename?: 'Product';
  /** Certificates in force (SVC-3), the latest-expiring first */
  certificates: Array<Certificate>;
  /** Current operating documentation first (SVC-4) */
  documentation: Array<ProductDocument>;
  /** The caller may download its certified updates, firmware and documentation: staff, or active support today (LVL-3) */
  downloadsAvailable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ProductKind;
  name: Scalars['String']['output'];
  /** Published releases, newest first; staff may include drafts */
  releases: Array<ProductRelease>;
  /** The caller is subscribed to its "new certified version" notices */
  subscribedToReleases: Scalars['Boolean']['output'];
};


/** A software or hardware item made by the vendor */
export type ProductCertificatesArgs = {
  includeExpired?: Scalars['Boolean']['input'];
};


/** A software or hardware item made by the vendor */
export type ProductReleasesArgs = {
  certifiedOnly?: Scalars['Boolean']['input'];
  includeUnpublished?: Scalars['Boolean']['input'];
};

/** Operating documentation of a product version (SVC-4) */
export type ProductDocument = {
  __typename?: 'ProductDocument';
  /** The caller may open it: staff, or active support for the product today */
  available: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** For those entitled: where to read it (the URL, or the stored file's download path) */
  downloadUrl: Maybe<Scalars['String']['output']>;
  /** Edition of the document itself, e.g. "ред. 3" */
  edition: Maybe<Scalars['String']['output']>;
  /** The stored file, if any (metadata) */
  file: Maybe<CatalogFile>;
  id: Scalars['ID']['output'];
  /** The current edition: the newest of this title for the product */
  latest: Scalars['Boolean']['output'];
  product: Product;
  /** Product version (or build) it documents, e.g. "8.0.565" */
  productVersion: Scalars['String']['output'];
  /** Issue date, YYYY-MM-DD */
  publishedOn: Scalars['String']['output'];
  /** e.g. "Руководство администратора" */
  title: Scalars['String']['output'];
};

/** Software or hardware product */
export type ProductKind =
  | 'HARDWARE'
  | 'SOFTWARE';

/** A version and build of a product, certified or not (SVC-2) */
export type ProductRelease = {
  __typename?: 'ProductRelease';
  /** Build number, e.g. "8.0.565"; unique per product */
  build: Scalars['String']['output'];
  /** Passed certification (inspection control) and may be installed on certified systems */
  certified: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Updates, distributions and firmware of this release; metadata for all, downloads for the entitled */
  files: Array<CatalogFile>;
  id: Scalars['ID']['output'];
  product: Product;
  /** Null while a draft, seen by staff only */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Markdown; `releaseNotesHtml` is the safe rendering */
  releaseNotes: Scalars['String']['output'];
  /** Release notes rendered as safe HTML */
  releaseNotesHtml: Scalars['String']['output'];
  /** Release date, YYYY-MM-DD (Moscow) */
  releasedOn: Scalars['String']['output'];
  /** When subscribers were notified of this certified release */
  subscribersNotifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** Product version, e.g. "8.0" */
  version: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The partner users the caller may issue an API token for (admins: all; a partner's admin: its own) */
  apiTokenHolders: Array<User>;
  /** Admins: every API token; a partner's admin: its organization's; other partner users: those acting as them */
  apiTokens: Array<ApiToken>;
  /** Admins: the audit log, newest first, by actor, kind, object and period */
  auditLog: AuditEntryConnection;
  /** Admins: the filtered audit log as CSV (RFC 4180, UTF-8), newest first, at most 50000 rows */
  auditLogCsv: Scalars['String']['output'];
  /** Staff: the production calendar of a year (SLA-5) */
  calendarYear: CalendarYear;
  /** Staff: certificate expiry alerts raised so far, newest first (SVC-3) */
  certificateExpiryAlerts: Array<CertificateExpiryAlert>;
  /** Public: certificates in force (lapsed ones on request), by product and/or number ("№ 2720" = "2720"), the latest-expiring first */
  certificates: Array<Certificate>;
  /** Contracts the caller may see (LVL-1): a customer's own, a partner's customers', or any for staff; `identifier` matches from the start, ignoring case and spaces (phone registration) */
  contracts: Array<SupportContract>;
  /** Public list: operating documentation of a product, the current (latest) editions first; addresses for the entitled */
  documentation: Array<ProductDocument>;
  /** Public: one article by id or slug (give one); drafts only for staff */
  faqArticle: Maybe<FaqArticle>;
  /** Public: published FAQ articles. `search` understands Russian word forms (ошибка, ошибки, ошибкой) and lists the best matches first, title matches above body ones; without it, alphabetical. `productId` keeps that product and general articles. Staff may include drafts. */
  faqArticles: FaqArticleConnection;
  /** One feature request, if the caller may see it */
  featureRequest: Maybe<FeatureRequest>;
  /** Feature requests, most recently changed first: all for staff; for customers and partners those their tickets asked for */
  featureRequests: Array<FeatureRequest>;
  /** Admins: every invitation; an organization's admin: its own; newest first */
  invitations: Array<Invitation>;
  /** Staff: the team's macros and your own, by name */
  macros: Array<Macro>;
  /** The signed-in user */
  me: User;
  /** The caller's release-notice subscriptions */
  myReleaseSubscriptions: Array<ReleaseSubscription>;
  /** Admins: whether partner API tokens may run only persisted operations */
  operationAllowListEnforced: Scalars['Boolean']['output'];
  /** Customer organizations the caller may see: own, served (partners) or all (staff) */
  organizations: Array<Organization>;
  /** Staff: customer notifications, newest first; the dev mailbox when no SMTP server is configured */
  outbox: Array<OutboxMessage>;
  /** What a set-password link is for; null when invalid, used or expired */
  passwordLink: Maybe<PasswordLink>;
  /** Admins: the operations partner API tokens may run while the allow-list is enforced, by name */
  persistedOperations: Array<PersistedOperation>;
  /** Public: one product */
  product: Maybe<Product>;
  /** Public: one published release (drafts for staff) */
  productRelease: Maybe<ProductRelease>;
  /** Public: releases of a product, newest first (SVC-2); staff may include drafts */
  productReleases: Array<ProductRelease>;
  /** Public: the vendor's products */
  products: Array<Product>;
  /** Staff: open tickets waiting for reaction, in queue order (SLA-6) */
  queue: TicketConnection;
  /** Staff: requests refused before they became tickets, newest first (ID-1, ID-2) */
  refusedRequests: Array<RefusedRequest>;
  /** Staff: a text module filled in for a ticket, in the contact's language. Variables: {{contactName}}, {{ticketNumber}}, {{deadline}} (the response deadline, Moscow time), {{product}}, {{agentName}} (who inserts it) */
  renderReplyTemplate: RenderedReply;
  /** Staff: the team's text modules and your own, by title; `search` matches title and texts */
  replyTemplates: Array<ReplyTemplate>;
  /** Team leads: median and p90 resolution time of the tickets closed from `from` to `to` (Moscow dates, inclusive), grouped by one dimension (#14) */
  resolutionTimes: ResolutionTimeReport;
  /** Public: the guaranteed response deadline for a request arriving at receivedAt (SLA-1..5) */
  responseDeadline: Scalars['DateTime']['output'];
  /** Team leads: ratings given in [from, to), grouped by agent, level or Moscow month */
  satisfactionReport: Array<SatisfactionReportRow>;
  /** Full-text search over number, subject, description, messages (e-mail replies too), organization, contact and contract identifier; Russian word forms match; scoped like `tickets` (internal notes for staff only); narrowed by the views' filter; best first */
  searchTickets: TicketSearchConnection;
  /** Admins: the desk-wide security settings */
  securitySettings: SecuritySettings;
  /** Team leads: per product and Moscow month of [from, to), requests resolved without a ticket against tickets registered */
  selfServiceDeflection: Array<SelfServiceDeflectionRow>;
  /** While a request is written: FAQ articles and documentation that may already answer it */
  selfServiceSuggestions: SelfServiceSuggestions;
  /** Admin: the service hours of each level, in force now and every version (LVL-2, #14) */
  serviceHours: Array<ServiceHoursOfLevel>;
  /** Public: the two service levels and their promises */
  serviceLevels: Array<ServiceLevelTerms>;
  /** Staff: alerts raised so far, newest first (SLA-7) */
  slaAlerts: Array<SlaAlert>;
  /** Team leads: response-time compliance of tickets that arrived in [from, to) (SLA-9) */
  slaCompliance: Array<ComplianceRow>;
  /** Team leads: the tickets behind one figure of slaCompliance (SLA-9): its cell, and MET or BREACHED for one column; the rows add up to the report */
  slaComplianceTickets: ComplianceTickets;
  /** Staff: the active agents and team leads tickets can be assigned to */
  staff: Array<User>;
  /** Staff: your off-app channels per kind, quiet hours, the linked Telegram */
  staffNotificationSettings: StaffNotificationSettingsView;
  /** Staff: your notifications (the bell), newest first */
  staffNotifications: StaffNotificationConnection;
  /** A ticket the caller may see; null otherwise */
  ticket: Maybe<Ticket>;
  /** Staff: the built-in views (My work by status, escalated, unassigned, all open) and your saved ones, with counts */
  ticketViews: Array<TicketView>;
  /** Tickets the caller may see, newest first */
  tickets: TicketConnection;
  /** The signed-in user's two-factor sign-in */
  twoFactorStatus: TwoFactorStatus;
  /** Admins: every user; an organization's admin: its own people. By name */
  users: Array<User>;
  /** Staff: one page of a view's tickets in its order; `version` is the myWork version the page reflects */
  viewTickets: TicketConnection;
  /** An endpoint's delivery log, newest attempt first */
  webhookDeliveries: Array<WebhookDelivery>;
  /** Admins: every webhook endpoint; a partner's admin: its organization's */
  webhookEndpoints: Array<WebhookEndpoint>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryAuditLogCsvArgs = {
  filter?: InputMaybe<AuditFilter>;
};


export type QueryCalendarYearArgs = {
  year: Scalars['Int']['input'];
};


export type QueryCertificateExpiryAlertsArgs = {
  certificateId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryCertificatesArgs = {
  includeExpired?: Scalars['Boolean']['input'];
  number?: InputMaybe<Scalars['String']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryContractsArgs = {
  first?: Scalars['Int']['input'];
  identifier?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDocumentationArgs = {
  productId: Scalars['ID']['input'];
};


export type QueryFaqArticleArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFaqArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  includeUnpublished?: Scalars['Boolean']['input'];
  productId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFeatureRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeatureRequestsArgs = {
  first?: Scalars['Int']['input'];
  productId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<FeatureRequestStatus>;
};


export type QueryOrganizationsArgs = {
  kind?: InputMaybe<OrganizationKind>;
};


export type QueryOutboxArgs = {
  first?: Scalars['Int']['input'];
  status?: InputMaybe<OutboxStatus>;
  ticketId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPasswordLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductReleaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductReleasesArgs = {
  certifiedOnly?: Scalars['Boolean']['input'];
  includeUnpublished?: Scalars['Boolean']['input'];
  productId: Scalars['ID']['input'];
};


export type QueryQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRefusedRequestsArgs = {
  first?: Scalars['Int']['input'];
  open?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRenderReplyTemplateArgs = {
  templateId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};


export type QueryReplyTemplatesArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryResolutionTimesArgs = {
  from: Scalars['String']['input'];
  groupBy?: InputMaybe<ResolutionDimension>;
  to: Scalars['String']['input'];
};


export type QueryResponseDeadlineArgs = {
  criticality: Criticality;
  receivedAt: Scalars['DateTime']['input'];
  supportLevel: SupportLevel;
};


export type QuerySatisfactionReportArgs = {
  from: Scalars['DateTime']['input'];
  groupBy?: SatisfactionDimension;
  to: Scalars['DateTime']['input'];
};


export type QuerySearchTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ViewFilterInput>;
  first?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QuerySelfServiceDeflectionArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QuerySelfServiceSuggestionsArgs = {
  first?: Scalars['Int']['input'];
  productId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySlaAlertsArgs = {
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<SlaAlertKind>;
  ticketId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySlaComplianceArgs = {
  from: Scalars['DateTime']['input'];
  groupBy?: Array<ComplianceDimension>;
  to: Scalars['DateTime']['input'];
};


export type QuerySlaComplianceTicketsArgs = {
  cell?: ComplianceCellInput;
  first?: Scalars['Int']['input'];
  from: Scalars['DateTime']['input'];
  outcome?: InputMaybe<SlaOutcome>;
  to: Scalars['DateTime']['input'];
};


export type QueryStaffNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  first?: Scalars['Int']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryViewTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  viewId: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  endpointId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};

/** A change of the live queue (SLA-6); a gap in `version` means: refetch `queue` */
export type QueueEvent = {
  __typename?: 'QueueEvent';
  kind: QueueEventKind;
  /** New 0-based index in queue order; null when REMOVED */
  position: Maybe<Scalars['Int']['output']>;
  /** Index before the change; null when ADDED */
  previousPosition: Maybe<Scalars['Int']['output']>;
  ticket: Ticket;
  /** Strictly increasing per server cluster */
  version: Scalars['Int']['output'];
};

/** How a queue change moved a ticket */
export type QueueEventKind =
  | 'ADDED'
  | 'MOVED'
  | 'REMOVED'
  | 'UPDATED';

/** The "registered, work started" notice and the proof that the customer received it (SLA-2, SLA-3) */
export type ReactionNotice = {
  __typename?: 'ReactionNotice';
  /** The channel of the notice; once DELIVERED, the channel of the proof (PHONE for a recorded call) */
  channel: Channel;
  /** When the customer received it: the reaction (= Ticket.respondedAt) */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed (FAILED only) */
  error: Maybe<Scalars['String']['output']>;
  /** Why it failed, as a code to translate (FAILED only); `error` has the details */
  failure: Maybe<ReactionNoticeFailure>;
  /** What proves receipt: the Message-ID and the SMTP reply, the Telegram message id, who phoned */
  proof: Maybe<Scalars['String']['output']>;
  /** PENDING: queued, no proof yet ("notified: pending"); FAILED: an attempt failed, phone the customer; DELIVERED: proven */
  state: ReactionNoticeState;
};

/** Why the reaction notice failed (SLA-3) */
export type ReactionNoticeFailure =
  | 'DELIVERY_FAILED'
  | 'NO_CONTACT_ADDRESS';

/** Where the reaction notice stands: pending, failed on its channel, delivered (SLA-3) */
export type ReactionNoticeState =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** A request refused before it became a ticket, kept for follow-up (ID-1, ID-2) */
export type RefusedRequest = {
  __typename?: 'RefusedRequest';
  at: Scalars['DateTime']['output'];
  channel: Maybe<Channel>;
  id: Scalars['ID']['output'];
  /** The request as received */
  payload: Scalars['JSONObject']['output'];
  /** What was wrong, as told to the requester */
  reason: Scalars['String']['output'];
  /** When staff registered it as a ticket; null while it waits for follow-up */
  registeredAt: Maybe<Scalars['DateTime']['output']>;
  /** The ticket staff registered from it once the customer was identified */
  ticket: Maybe<Ticket>;
};

/** A feature request registered by staff (SVC-5) */
export type RegisterFeatureRequestInput = {
  description: Scalars['String']['input'];
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** A ticket that asked for it, linked at once */
  ticketId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** Why support was refused (ID-2, TKT-7) */
export type RejectionReason =
  | 'CARELESS_STORAGE_OR_TRANSPORT'
  | 'FORMULARY_LOST'
  | 'OPERATING_CONDITIONS_VIOLATED'
  | 'PHYSICAL_DAMAGE'
  | 'SUPPORT_EXPIRED'
  | 'SUPPORT_NOT_STARTED'
  | 'UNAUTHORIZED_CHANGES'
  | 'UNINTENDED_USE'
  | 'UNLICENSED_SOFTWARE'
  | 'UNSUPPORTED_OS';

/** A release file kept at a URL (stored files are uploaded to POST /catalog/files) */
export type ReleaseFileLinkInput = {
  contentType?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  fileName: Scalars['String']['input'];
  /** Default UPDATE */
  kind?: InputMaybe<CatalogFileKind>;
  /** SHA-256 of the content, hex, if known */
  sha256?: InputMaybe<Scalars['String']['input']>;
  /** http(s); shown only to those entitled to download */
  url: Scalars['String']['input'];
};

/** A subscription to "new certified version" notices of one product (SVC-2) */
export type ReleaseSubscription = {
  __typename?: 'ReleaseSubscription';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  product: Product;
};

/** A text module filled in for one ticket, in its contact’s language */
export type RenderedReply = {
  __typename?: 'RenderedReply';
  locale: Locale;
  text: Scalars['String']['output'];
};

/** A text module (#19): a reply staff insert from the composer, its {{variables}} filled from the ticket */
export type ReplyTemplate = {
  __typename?: 'ReplyTemplate';
  /** The English text for contacts who chose English; null: the Russian one serves them too */
  bodyEn: Maybe<Scalars['String']['output']>;
  /** The Russian text, with {{variable}} placeholders */
  bodyRu: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Whether you may change it: your own, or the team’s for team leads and admins */
  editable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** true: the team's, edited by team leads and admins; false: its owner's alone */
  shared: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A text module (#19). Variables: {{contactName}}, {{ticketNumber}}, {{deadline}} (the response deadline, Moscow time), {{product}}, {{agentName}} (who inserts it) */
export type ReplyTemplateInput = {
  /** The English text; empty: the Russian one serves English contacts too */
  bodyEn?: InputMaybe<Scalars['String']['input']>;
  /** The Russian text */
  bodyRu: Scalars['String']['input'];
  /** true: the team's (team leads and admins only); default false: your own */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 120 characters */
  title: Scalars['String']['input'];
};

/** How a ticket ended (TKT-2, TKT-3, TKT-5) */
export type Resolution =
  | 'DUPLICATE'
  | 'FEATURE_REQUEST_REGISTERED'
  | 'FORWARDED_TO_SALES'
  | 'INFORMATION_PROVIDED'
  | 'NO_CUSTOMER_RESPONSE'
  | 'SOLVED'
  | 'THIRD_PARTY'
  | 'WITHDRAWN_BY_CUSTOMER';

/** What the resolution-time report is grouped by (#14) */
export type ResolutionDimension =
  | 'AGENT'
  | 'CATEGORY'
  | 'CRITICALITY'
  | 'LEVEL'
  | 'MONTH';

/** Resolution time of the tickets closed in a period (#14) */
export type ResolutionTimeReport = {
  __typename?: 'ResolutionTimeReport';
  groupBy: Maybe<ResolutionDimension>;
  /** One row per group, sorted by key; with no groupBy, one row of all */
  rows: Array<ResolutionTimeRow>;
  /** All the tickets of the period together */
  total: ResolutionTimeRow;
};

/** Resolution time of one group of closed tickets, in service seconds, waits for the customer excluded (#14) */
export type ResolutionTimeRow = {
  __typename?: 'ResolutionTimeRow';
  /** The agent of the row when grouped by AGENT */
  agent: Maybe<User>;
  count: Scalars['Int']['output'];
  /** The group: a level, criticality or category, an agent id, a month YYYY-MM (Moscow); null for tickets with no agent, and for the total */
  key: Maybe<Scalars['String']['output']>;
  /** Median (percentile_cont 0.5) */
  medianSeconds: Scalars['Int']['output'];
  /** 90th percentile (percentile_cont 0.9) */
  p90Seconds: Scalars['Int']['output'];
  /** Sum over the group */
  totalSeconds: Scalars['Int']['output'];
};

/** What a user may do */
export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'CUSTOMER'
  | 'PARTNER'
  | 'TEAM_LEAD';

/** How satisfaction ratings are grouped: by the agent who held the ticket, its level, or the Moscow month */
export type SatisfactionDimension =
  | 'AGENT'
  | 'LEVEL'
  | 'MONTH';

/** Ratings of one group (#19) */
export type SatisfactionReportRow = {
  __typename?: 'SatisfactionReportRow';
  /** Mean score, two decimals */
  average: Scalars['Float']['output'];
  /** How many gave 1, 2, 3, 4 and 5 */
  distribution: Array<Scalars['Int']['output']>;
  /** The agent id ("none": unassigned), the level, or YYYY-MM */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  ratings: Scalars['Int']['output'];
};

/** A saved view: a name, filters and an order (#13); with `id`, replaces that view of yours */
export type SaveViewInput = {
  filter?: InputMaybe<ViewFilterInput>;
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Default SLA (the SLA-6 order) */
  sort?: InputMaybe<ViewSort>;
};

/** Where a ticket matched a search, as plain text with the matched words marked by ranges (never HTML) */
export type SearchExcerpt = {
  __typename?: 'SearchExcerpt';
  /** TITLE (number, subject), PARTY (organization, contact, contract), BODY (description, messages), INTERNAL (notes; staff only) */
  field: Scalars['String']['output'];
  highlights: Array<TextRange>;
  /** The text around the first match; "…" where it was cut */
  text: Scalars['String']['output'];
};

/** Desk-wide security settings (admins) */
export type SecuritySettings = {
  __typename?: 'SecuritySettings';
  /** Staff (agents, team leads, admins) must sign in with a second factor; one without it enrols at the next sign-in */
  staffTwoFactorRequired: Scalars['Boolean']['output'];
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Requests resolved without a ticket against tickets registered, for one product and Moscow month (#19) */
export type SelfServiceDeflectionRow = {
  __typename?: 'SelfServiceDeflectionRow';
  /** resolvedWithoutTicket / (resolvedWithoutTicket + ticketsRegistered) */
  deflectionRate: Maybe<Scalars['Float']['output']>;
  /** YYYY-MM, Moscow */
  period: Scalars['String']['output'];
  productId: Scalars['ID']['output'];
  productName: Scalars['String']['output'];
  resolvedWithoutTicket: Scalars['Int']['output'];
  ticketsRegistered: Scalars['Int']['output'];
};

/** "This answered my question": the request, and the one article or document that answered it */
export type SelfServiceResolutionInput = {
  articleId?: InputMaybe<Scalars['ID']['input']>;
  documentId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** What the customer had written (subject and description) */
  query: Scalars['String']['input'];
};

/** What may answer a request before it is sent (#19): FAQ articles, then the product’s documentation */
export type SelfServiceSuggestions = {
  __typename?: 'SelfServiceSuggestions';
  /** Published articles of the product and general ones, the most words in common first */
  articles: Array<FaqArticle>;
  /** The product's current documents whose title shares a word */
  documents: Array<ProductDocument>;
};

/** When the SLA clock of a level runs (LVL-2, SLA-4, SLA-5): what a console needs to count the same way */
export type ServiceHoursDefinition = {
  __typename?: 'ServiceHoursDefinition';
  /** The admin's overrides of the production calendar from the day the ticket arrived on (SLA-5); empty when always open */
  calendarOverrides: Array<CalendarDay>;
  /** Closing, "18:00"; null when always open */
  closesAt: Maybe<Scalars['String']['output']>;
  /** ALWAYS (24×7, EXTENDED), BUSINESS_HOURS (working days of the production calendar, BASIC) or DAILY_HOURS (the periods every day, EXTENDED with hours) */
  kind: Scalars['String']['output'];
  /** Opening, "09:00"; null when always open */
  opensAt: Maybe<Scalars['String']['output']>;
  /** The service periods of a day the ticket was registered under, "09:00-13:00,14:00-18:00" (LVL-2); null when always open */
  periods: Maybe<Scalars['String']['output']>;
  /** Service ends an hour early on the working day before a public holiday (art. 95, PRE_HOLIDAY_SHORT_DAYS) */
  preHolidayShortDays: Scalars['Boolean']['output'];
  supportLevel: SupportLevel;
  /** IANA zone the hours are in; Moscow keeps UTC+3 all year */
  timeZone: Scalars['String']['output'];
  /** Minutes east of UTC */
  utcOffsetMinutes: Scalars['Int']['output'];
  /** Counts only working days of the Russian production calendar with the admin's overrides (calendarYear) */
  workingDaysOnly: Scalars['Boolean']['output'];
};

/** A level's service hours: the version in force now and every version, newest first (LVL-2, #14) */
export type ServiceHoursOfLevel = {
  __typename?: 'ServiceHoursOfLevel';
  /** What a ticket registered now is registered under */
  inForce: ServiceHoursVersion;
  supportLevel: SupportLevel;
  /** Every version, newest first, scheduled ones included; the default last */
  versions: Array<ServiceHoursVersion>;
  /** BASIC: only working days of the production calendar count (SLA-5); EXTENDED: every day */
  workingDaysOnly: Scalars['Boolean']['output'];
};

/** One version of a level's service hours: in force from effectiveFrom until the next version (LVL-2, #14) */
export type ServiceHoursVersion = {
  __typename?: 'ServiceHoursVersion';
  /** Open round the clock every day (24×7) */
  alwaysOpen: Scalars['Boolean']['output'];
  /** The admin who set it */
  changedBy: Maybe<User>;
  /** When this version takes effect; null for the default, in force until the first change */
  effectiveFrom: Maybe<Scalars['DateTime']['output']>;
  /** null for the default (the agreement, or SERVICE_HOURS_BASIC) */
  id: Maybe<Scalars['ID']['output']>;
  /** The periods of a day; empty when always open (24×7) */
  periods: Array<ServicePeriod>;
  /** The periods as tickets store them, "09:00-13:00,14:00-18:00"; null for 24×7 */
  text: Maybe<Scalars['String']['output']>;
};

/** What a service level promises (LVL-2..4, SLA-1) */
export type ServiceLevelTerms = {
  __typename?: 'ServiceLevelTerms';
  /** Guaranteed response time for a CRITICAL incident, in seconds */
  criticalResponseSeconds: Scalars['Int']['output'];
  /** Guaranteed response time for a NON_CRITICAL request, in seconds */
  nonCriticalResponseSeconds: Scalars['Int']['output'];
  /** Phone extensions of this level (LVL-4) */
  phoneExtensions: Array<Scalars['String']['output']>;
  /** Working days and the service periods (09:00–18:00 MSK by default), or 24×7 */
  serviceHours: Scalars['String']['output'];
  supportLevel: SupportLevel;
};

/** One service period of a day, Moscow time (LVL-2) */
export type ServicePeriod = {
  __typename?: 'ServicePeriod';
  /** "13:00"; "24:00" is the end of the day */
  closesAt: Scalars['String']['output'];
  /** "09:00" */
  opensAt: Scalars['String']['output'];
};

/** One service period of a day, Moscow time, HH:MM */
export type ServicePeriodInput = {
  closesAt: Scalars['String']['input'];
  opensAt: Scalars['String']['input'];
};

/** An SLA alert as raised and kept (SLA-7) */
export type SlaAlert = {
  __typename?: 'SlaAlert';
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: SlaAlertKind;
  raisedAt: Scalars['DateTime']['output'];
  ticket: Ticket;
  /** Strictly increasing per server cluster; pass the last one seen as slaAlert(after:) to resume */
  version: Maybe<Scalars['Int']['output']>;
};

/** AT_RISK when the SLA-7 share of the response time is used, BREACHED at the deadline */
export type SlaAlertKind =
  | 'AT_RISK'
  | 'BREACHED';

/** The SLA outcome as decided once, with the terms in force at that moment (SLA-9, SLA-10) */
export type SlaDecision = {
  __typename?: 'SlaDecision';
  criticality: Criticality;
  /** When it was decided: the reaction, or the deadline passing without one */
  decidedAt: Scalars['DateTime']['output'];
  /** The response deadline in force */
  dueAt: Scalars['DateTime']['output'];
  outcome: SlaOutcome;
  /** The guaranteed response time in force (SLA-1), in service seconds */
  responseSeconds: Scalars['Int']['output'];
  /** The service hours the time was counted in, "09:00-13:00,14:00-18:00"; null: 24×7 (LVL-2) */
  serviceHours: Maybe<Scalars['String']['output']>;
  supportLevel: SupportLevel;
};

/** Final response-time outcome (SLA-9) */
export type SlaOutcome =
  | 'BREACHED'
  | 'MET';

/** Response-time SLA state (SLA-7, SLA-9) */
export type SlaState =
  | 'AT_RISK'
  | 'BREACHED'
  | 'MET'
  | 'ON_TRACK';

/** One incident split off into a ticket of its own (ID-3) */
export type SplitPartInput = {
  /** Defaults to the original ticket's */
  category?: InputMaybe<TicketCategory>;
  /** Defaults to the original ticket's */
  criticality?: InputMaybe<Criticality>;
  description: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};

/** An entry of a staff member's bell (#13); read state is kept per user on the server */
export type StaffNotification = {
  __typename?: 'StaffNotification';
  createdAt: Scalars['DateTime']['output'];
  /** number, subject, and per kind actorName, level, reason, dueAt */
  data: Maybe<Scalars['JSONObject']['output']>;
  id: Scalars['ID']['output'];
  kind: StaffNotificationKind;
  offAppChannels: Array<OffAppChannel>;
  offAppDueAt: Maybe<Scalars['DateTime']['output']>;
  /** NONE: the bell only; WAITING: held for service or quiet hours until offAppDueAt; QUEUED: sent to the outbox */
  offAppStatus: OffAppStatus;
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** One line in Russian; consoles word it themselves from kind and data */
  text: Scalars['String']['output'];
  ticket: Maybe<Ticket>;
};

/** A page of your notifications, newest first */
export type StaffNotificationConnection = {
  __typename?: 'StaffNotificationConnection';
  nodes: Array<StaffNotification>;
  pageInfo: PageInfo;
  unreadCount: Scalars['Int']['output'];
};

/** Something happened to your bell: a new notification, or some read in another tab */
export type StaffNotificationEvent = {
  __typename?: 'StaffNotificationEvent';
  /** Everything was marked read */
  allRead: Scalars['Boolean']['output'];
  /** The new notification */
  notification: Maybe<StaffNotification>;
  /** Read elsewhere (null with allRead) */
  readIds: Maybe<Array<Scalars['ID']['output']>>;
  /** Unread after this event */
  unreadCount: Scalars['Int']['output'];
};

/** What a staff notification is about (#13) */
export type StaffNotificationKind =
  | 'ASSIGNED'
  | 'CUSTOMER_REPLY'
  | 'ESCALATED'
  | 'NEW_MESSAGE'
  | 'REACTION_NOTICE_FAILED'
  | 'SLA_AT_RISK'
  | 'SLA_BREACHED'
  | 'UNASSIGNED';

/** Notification settings; omitted parts stay as they are */
export type StaffNotificationSettingsInput = {
  /** Kinds not listed keep their channels */
  preferences?: InputMaybe<Array<OffAppPreferenceInput>>;
  /** Moscow "HH:MM"; with quietUntil; both empty strings turn quiet hours off */
  quietFrom?: InputMaybe<Scalars['String']['input']>;
  quietUntil?: InputMaybe<Scalars['String']['input']>;
};

/** A staff member's notification settings (#13) */
export type StaffNotificationSettingsView = {
  __typename?: 'StaffNotificationSettingsView';
  /** E-mail goes to this address (the account's) */
  email: Scalars['String']['output'];
  /** Every kind, with the channels chosen (empty: the bell only) */
  preferences: Array<OffAppPreference>;
  /** Quiet hours start, Moscow "HH:MM" */
  quietFrom: Maybe<Scalars['String']['output']>;
  /** Quiet hours end, Moscow "HH:MM" (may be earlier than the start: across midnight) */
  quietUntil: Maybe<Scalars['String']['output']>;
  /** A Telegram chat is linked through the bot */
  telegramLinked: Scalars['Boolean']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Staff: each certificate expiry alert (90, 30, 7 days before) as it is raised, once, by whichever server raised it */
  certificateExpiryAlert: CertificateExpiryAlert;
  /** Admins: the steps of your own import run with this importId (subscribe before importDirectory) */
  directoryImportProgress: DirectoryImportProgress;
  /** Staff: all of your view counts and the open view's rows in one stream. First a SNAPSHOT, then one event per ticket change (cluster-wide `version`; a gap means: resubscribe). Resubscribe after saving or deleting a view. */
  myWork: WorkEvent;
  /** Staff: every change of the live queue, in version order */
  queueChanged: QueueEvent;
  /** Staff: AT_RISK and BREACHED alerts as they are raised, each exactly once (SLA-7) */
  slaAlert: SlaAlert;
  /** Staff: your bell live — every new notification, and notifications read in another tab, with the unread count */
  staffNotification: StaffNotificationEvent;
  /** Anyone who may see the ticket: its state now, at once, then its new state after every change (a page that subscribes after loading misses nothing in between). Each carries its changeVersion; none is sent at or below a changeVersion already sent */
  ticketUpdated: Ticket;
};


export type SubscriptionDirectoryImportProgressArgs = {
  importId: Scalars['String']['input'];
};


export type SubscriptionMyWorkArgs = {
  first?: Scalars['Int']['input'];
  viewId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionQueueChangedArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionSlaAlertArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionTicketUpdatedArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/** A customer's support contract (LVL-1) */
export type SupportContract = {
  __typename?: 'SupportContract';
  /** In force today (Moscow): requests under it are served (ID-2) */
  active: Scalars['Boolean']['output'];
  /** Staff: creation, edits, renewals, level changes and termination, oldest first */
  history: Array<ContractEvent>;
  id: Scalars['ID']['output'];
  /** License number, serial number or support activation code */
  identifier: Scalars['String']['output'];
  identifierKind: IdentifierKind;
  /** Every identifier a customer may give (LVL-1), the printed one first */
  identifiers: Array<ContractIdentifier>;
  organization: Organization;
  product: Product;
  /** The products it covers */
  products: Array<Product>;
  supportLevel: SupportLevel;
  terminatedAt: Maybe<Scalars['DateTime']['output']>;
  /** First day of support, YYYY-MM-DD (Moscow) */
  validFrom: Scalars['String']['output'];
  /** Last day of support, YYYY-MM-DD (Moscow) */
  validUntil: Scalars['String']['output'];
};

/** Service level bought by the customer (LVL-1..3) */
export type SupportLevel =
  | 'BASIC'
  | 'EXTENDED';

/** A one-time code that links a Telegram chat to your account: send "/link CODE" to the bot */
export type TelegramLinkCode = {
  __typename?: 'TelegramLinkCode';
  code: Scalars['String']['output'];
  /** What to send the bot */
  command: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

/** A stretch of text in a search excerpt that matched a word of the query */
export type TextRange = {
  __typename?: 'TextRange';
  length: Scalars['Int']['output'];
  /** Offset in UTF-16 code units (JavaScript string indices) */
  start: Scalars['Int']['output'];
};

/** A customer's request to support (section 2) */
export type Ticket = {
  __typename?: 'Ticket';
  assignee: Maybe<User>;
  atRiskAt: Scalars['DateTime']['output'];
  /** When a ticket waiting for the customer closes by itself (TKT-3) */
  autoCloseAt: Maybe<Scalars['DateTime']['output']>;
  bootMode: Maybe<BootMode>;
  buildNumber: Maybe<Scalars['String']['output']>;
  category: TicketCategory;
  /** The TICKET-stream version of this ticket's latest change in the event log (#16): pass it as ticketUpdated(after:). Null when the log holds none (changed only before the log existed, or longer ago than it keeps) */
  changeVersion: Maybe<Scalars['Int']['output']>;
  channel: Channel;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  contact: Contact;
  /** The closed ticket this one continues (TKT-4) */
  continues: Maybe<Ticket>;
  createdAt: Scalars['DateTime']['output'];
  criticality: Criticality;
  /** When the customer answered and no agent has replied since ("answered by the customer") */
  customerAnsweredAt: Maybe<Scalars['DateTime']['output']>;
  description: Scalars['String']['output'];
  /** The exact text of the error messages */
  errorText: Maybe<Scalars['String']['output']>;
  escalationLevel: Scalars['Int']['output'];
  /** Agent-maintained, visible to the customer (TKT-9) */
  expectedResolutionAt: Maybe<Scalars['DateTime']['output']>;
  /** Feature requests this ticket asked for (SVC-5) */
  featureRequests: Array<FeatureRequest>;
  /** Completed, checksummed attachments, oldest first (TKT-10); files of internal notes are for staff only */
  files: Array<TicketFile>;
  /** Motherboard or device model (hardware products) */
  hardwareModel: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  installedSoftware: Maybe<Scalars['String']['output']>;
  /** Material asked for on this ticket, oldest first (#19); open ones keep it waiting for the customer */
  materialRequests: Array<MaterialRequest>;
  /** Duplicates merged into this ticket (#19) */
  mergedDuplicates: Array<Ticket>;
  /** A DUPLICATE: the ticket it was merged into, which carries its messages and files (#19) */
  mergedInto: Maybe<Ticket>;
  /** Messages, oldest first; internal notes only for staff (TKT-9) */
  messages: Array<TicketMessage>;
  /** Appendix-1 items the request still lacks (TKT-8) */
  missingInformation: Array<MissingInformation>;
  /** Human-readable, unique, e.g. SD-000042 */
  number: Scalars['String']['output'];
  /** When the problem shows up */
  occursWhen: Maybe<Scalars['String']['output']>;
  organization: Organization;
  osBitness: Maybe<OsBitness>;
  osVersion: Maybe<Scalars['String']['output']>;
  /** 1..4: P1 CRITICAL+EXTENDED … P4 NON_CRITICAL+BASIC (SLA-6) */
  priority: Scalars['Int']['output'];
  /** Certificates in force for the ticket's product (SVC-3): the answer to a CERTIFICATE_INFO request */
  productCertificates: Array<Certificate>;
  productVersion: Maybe<Scalars['String']['output']>;
  /** The customer's rating once the ticket is closed and rated (#19) */
  rating: Maybe<TicketRating>;
  /** The reaction notice and its proof of receipt; null before work started (SLA-3) */
  reactionNotice: Maybe<ReactionNotice>;
  receivedAt: Scalars['DateTime']['output'];
  /** REJECTED: what the customer was told (TKT-7) */
  rejectionNote: Maybe<Scalars['String']['output']>;
  /** Set when REJECTED (ID-2, TKT-7) */
  rejectionReason: Maybe<Scalars['String']['output']>;
  /** Set when CLOSED */
  resolution: Maybe<Resolution>;
  /** What was done, or the recommendation (TKT-5) */
  resolutionNote: Maybe<Scalars['String']['output']>;
  /** Resolution time of a CLOSED ticket in service seconds: arrival to close in the ticket's service hours, the time waiting for the customer excluded */
  resolutionSeconds: Maybe<Scalars['Int']['output']>;
  /** The reaction: when the customer demonstrably received the "registered, work started" notice (SLA-2, SLA-3) */
  respondedAt: Maybe<Scalars['DateTime']['output']>;
  /** The agent who reacted: who held the ticket when the notice was proven received, or who phoned (SLA-9) */
  respondedBy: Maybe<User>;
  responseDueAt: Scalars['DateTime']['output'];
  /** The response-time clock at the moment of the read: state, deadline, remaining and elapsed service seconds, running or paused, the service hours it counts in */
  sla: TicketSla;
  /** The outcome as decided once, with the terms in force then; null while undecided (SLA-10) */
  slaDecision: Maybe<SlaDecision>;
  /** Decided once, at the reaction or at the breach, and never rewritten (SLA-9, SLA-10) */
  slaOutcome: Maybe<SlaOutcome>;
  /** Response-time state now (SLA-7, SLA-9) */
  slaState: SlaState;
  /** The ticket this one was split from (ID-3) */
  splitFrom: Maybe<Ticket>;
  /** Tickets split off this one (ID-3) */
  splitParts: Array<Ticket>;
  status: TicketStatus;
  /** The exact steps that lead to it */
  stepsToReproduce: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
  supportLevel: SupportLevel;
  /** THIRD_PARTY: the software vendor the customer should contact (TKT-5) */
  thirdPartyVendor: Maybe<Scalars['String']['output']>;
  /** Everything that happened to the ticket, oldest first; internal entries only for staff (TKT-9) */
  timeline: Array<TimelineEntry>;
  updatedAt: Scalars['DateTime']['output'];
  waitingSince: Maybe<Scalars['DateTime']['output']>;
};

/** Service of section 3.1 the request is about (TKT-1) */
export type TicketCategory =
  | 'CERTIFICATE_INFO'
  | 'COMMERCIAL_QUESTION'
  | 'DOCUMENTATION_REQUEST'
  | 'FEATURE_REQUEST'
  | 'FUNCTIONALITY_QUESTION'
  | 'INCIDENT'
  | 'INSTALLATION_CONFIGURATION'
  | 'UPDATE_REQUEST';

/** Relay-style page of tickets */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
  /** All tickets matching, across pages */
  totalCount: Scalars['Int']['output'];
  /** queue only: the queueChanged version this page already reflects; apply only later events */
  version: Maybe<Scalars['Int']['output']>;
};

/** Appendix-1 details (TKT-8); omitted fields stay as they are, empty strings clear */
export type TicketDetailsInput = {
  bootMode?: InputMaybe<BootMode>;
  buildNumber?: InputMaybe<Scalars['String']['input']>;
  errorText?: InputMaybe<Scalars['String']['input']>;
  hardwareModel?: InputMaybe<Scalars['String']['input']>;
  installedSoftware?: InputMaybe<Scalars['String']['input']>;
  occursWhen?: InputMaybe<Scalars['String']['input']>;
  osBitness?: InputMaybe<OsBitness>;
  osVersion?: InputMaybe<Scalars['String']['input']>;
  productVersion?: InputMaybe<Scalars['String']['input']>;
  stepsToReproduce?: InputMaybe<Scalars['String']['input']>;
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

/** A file attached to a ticket (TKT-10) */
export type TicketFile = {
  __typename?: 'TicketFile';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** GET it with the same Authorization: Bearer header as GraphQL; a path relative to the API origin */
  downloadUrl: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The message it was sent with, if any */
  messageId: Maybe<Scalars['ID']['output']>;
  /** SHA-256 of the content, hex */
  sha256: Scalars['String']['output'];
  /** Bytes */
  size: Scalars['Float']['output'];
  /** Who uploaded it */
  uploadedBy: Maybe<User>;
};

/** Narrows tickets(); all conditions must hold */
export type TicketFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these categories (TKT-1), e.g. FEATURE_REQUEST */
  categories?: InputMaybe<Array<TicketCategory>>;
  criticality?: InputMaybe<Criticality>;
  /** The ticket with this number, as printed (SD-000042) or its digits */
  number?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<TicketStatus>>;
  supportLevel?: InputMaybe<SupportLevel>;
  /** Only tickets nobody is assigned to */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A message on a ticket; internal notes are never shown to customers or partners */
export type TicketMessage = {
  __typename?: 'TicketMessage';
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  internal: Scalars['Boolean']['output'];
  kind: MessageKind;
};

/** The customer's rating of the answer to a closed ticket (#19) */
export type TicketRating = {
  __typename?: 'TicketRating';
  comment: Maybe<Scalars['String']['output']>;
  ratedAt: Scalars['DateTime']['output'];
  /** 1 (poor) to 5 (excellent) */
  score: Scalars['Int']['output'];
};

/** Search results, best first */
export type TicketSearchConnection = {
  __typename?: 'TicketSearchConnection';
  edges: Array<TicketSearchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A ticket found by searchTickets, with where it matched */
export type TicketSearchEdge = {
  __typename?: 'TicketSearchEdge';
  cursor: Scalars['String']['output'];
  /** Up to two stretches of text around the matched words */
  excerpts: Array<SearchExcerpt>;
  node: Ticket;
  /** Orders the hits of one search (higher is better); not comparable across searches */
  rank: Scalars['Float']['output'];
};

/** A ticket's response-time clock at the moment of the read (SLA-2..7): where it stands and how it runs */
export type TicketSla = {
  __typename?: 'TicketSla';
  /** When the ticket becomes AT_RISK (SLA-7) */
  atRiskAt: Scalars['DateTime']['output'];
  /** The response deadline (= Ticket.responseDueAt) */
  dueAt: Scalars['DateTime']['output'];
  /** Service seconds used since arrival, up to the reaction or readAt */
  elapsedSeconds: Scalars['Int']['output'];
  /** Stopped because BASIC service is closed now (LVL-2); a reacted ticket is stopped, not paused */
  paused: Scalars['Boolean']['output'];
  /** When a paused clock runs again: the next opening of BASIC service */
  pausedUntil: Maybe<Scalars['DateTime']['output']>;
  /** The instant these figures hold at (the server clock) */
  readAt: Scalars['DateTime']['output'];
  /** Service seconds left until the deadline at readAt (0 once past it) */
  remainingSeconds: Scalars['Int']['output'];
  /** Guaranteed response time in service seconds (SLA-1, or the SLA-8 reclassified one) */
  responseSeconds: Scalars['Int']['output'];
  /** The clock is counting now: not yet reacted to and inside service hours */
  running: Scalars['Boolean']['output'];
  /** The service hours and calendar this clock counts in */
  serviceHours: ServiceHoursDefinition;
  state: SlaState;
  /** When the clock stopped: the reaction (SLA-2) */
  stoppedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Lifecycle state (TKT-2) */
export type TicketStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'REJECTED'
  | 'WAITING_FOR_CUSTOMER';

/** A view: a server-side definition of filters and order (#13), with its count now */
export type TicketView = {
  __typename?: 'TicketView';
  builtIn: Scalars['Boolean']['output'];
  /** Tickets in the view now */
  count: Scalars['Int']['output'];
  filter: ViewFilter;
  /** MINE_IN_PROGRESS, MINE_ANSWERED, MINE_WAITING, ESCALATED, UNASSIGNED, ALL_OPEN, or a saved view's id */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sort: ViewSort;
};

/** One line of a ticket's history (TKT-9) */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  at: Scalars['DateTime']['output'];
  /** Structured details of the change */
  data: Maybe<Scalars['JSONObject']['output']>;
  id: Scalars['ID']['output'];
  internal: Scalars['Boolean']['output'];
  kind: TimelineKind;
  /** One readable line, e.g. "Criticality NON_CRITICAL → CRITICAL: …" */
  summary: Scalars['String']['output'];
};

/** What a timeline entry records (TKT-9) */
export type TimelineKind =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'CREATED'
  | 'CRITICALITY_CHANGED'
  | 'DEADLINE_MOVED'
  | 'DETAILS_UPDATED'
  | 'EQUIPMENT_RECEIVED'
  | 'EQUIPMENT_RETURNED'
  | 'ESCALATED'
  | 'EXPECTED_RESOLUTION_SET'
  | 'FILE_ATTACHED'
  | 'LINKED'
  | 'MATERIAL_CANCELLED'
  | 'MATERIAL_FULFILLED'
  | 'MATERIAL_REQUESTED'
  | 'MERGED'
  | 'MESSAGE'
  | 'NOTIFICATION_FAILED'
  | 'NOTIFICATION_QUEUED'
  | 'NOTIFICATION_SENT'
  | 'REACTION_NOTICE_FAILED'
  | 'REJECTED'
  | 'RESPONDED'
  | 'SLA_ALERT'
  | 'SPLIT'
  | 'STATUS_CHANGED';

/** Two-factor sign-in is on: the recovery codes (shown only now) and a fresh session — other sessions ended */
export type TwoFactorEnabled = {
  __typename?: 'TwoFactorEnabled';
  /** Each works once instead of a code; stored only as hashes */
  recoveryCodes: Array<Scalars['String']['output']>;
  /** Send as `Authorization: Bearer <token>` */
  token: Scalars['String']['output'];
  user: User;
};

/** A begun enrolment: add the secret to an authenticator app (scan the QR code or type it), then confirm a code */
export type TwoFactorSetup = {
  __typename?: 'TwoFactorSetup';
  /** The otpauth://totp/ URI the QR code carries */
  otpauthUri: Scalars['String']['output'];
  /** The QR code of otpauthUri as a data: URL (SVG), for an <img> */
  qrCodeDataUrl: Scalars['String']['output'];
  /** Base32, for typing into the app; shown only now */
  secret: Scalars['String']['output'];
};

/** The signed-in user's two-factor sign-in (#15) */
export type TwoFactorStatus = {
  __typename?: 'TwoFactorStatus';
  enabled: Scalars['Boolean']['output'];
  enabledAt: Maybe<Scalars['DateTime']['output']>;
  /** Recovery codes not used yet */
  recoveryCodesLeft: Scalars['Int']['output'];
  /** Admins require a second factor of this user (staff); it cannot be turned off */
  required: Scalars['Boolean']['output'];
};

/** Changes to a certificate; a new validUntil (renewal) re-arms its expiry alerts */
export type UpdateCertificateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  productVersions?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

/** Edits a contract's identifiers and products; what is omitted stays */
export type UpdateContractInput = {
  identifiers?: InputMaybe<Array<ContractIdentifierInput>>;
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Changes to an FAQ article; fields left out stay as they are */
export type UpdateFaqArticleInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  /** null makes the article general (every product) */
  productId?: InputMaybe<Scalars['ID']['input']>;
  productVersion?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a release; fields left out stay as they are */
export type UpdateProductReleaseInput = {
  build?: InputMaybe<Scalars['String']['input']>;
  /** Certifying a published release notifies its subscribers */
  certified?: InputMaybe<Scalars['Boolean']['input']>;
  releaseNotes?: InputMaybe<Scalars['String']['input']>;
  releasedOn?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};

/** A person who signs in: staff, a customer contact or a partner */
export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** A staff member's address only for staff and themselves; customers and partners read the support desk's address */
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organization: Maybe<Organization>;
  /** An organization's own admin: manages its people (and a partner's API tokens) */
  organizationAdmin: Scalars['Boolean']['output'];
  /** Customer: tell me in the portal — the reaction notice counts as received when it is on my ticket (SLA-3) */
  portalNotices: Scalars['Boolean']['output'];
  role: Role;
  /** Two-factor sign-in on; for admins and the user themselves, else null */
  twoFactorEnabled: Maybe<Scalars['Boolean']['output']>;
};

/** One view's count */
export type ViewCount = {
  __typename?: 'ViewCount';
  count: Scalars['Int']['output'];
  viewId: Scalars['ID']['output'];
};

/** A view's filter; all conditions must hold, each list means "any of" */
export type ViewFilter = {
  __typename?: 'ViewFilter';
  /** Only tickets the caller holds */
  assignedToMe: Maybe<Scalars['Boolean']['output']>;
  assigneeIds: Maybe<Array<Scalars['ID']['output']>>;
  categories: Maybe<Array<TicketCategory>>;
  criticalities: Maybe<Array<Criticality>>;
  /** true: the customer answered and no agent has replied since; false: not so */
  customerAnswered: Maybe<Scalars['Boolean']['output']>;
  /** true: escalated at least once (TKT-6, SLA-7); false: never */
  escalated: Maybe<Scalars['Boolean']['output']>;
  organizationIds: Maybe<Array<Scalars['ID']['output']>>;
  /** SLA state at the moment of the read (SLA-7, SLA-9) */
  slaStates: Maybe<Array<SlaState>>;
  statuses: Maybe<Array<TicketStatus>>;
  supportLevels: Maybe<Array<SupportLevel>>;
  /** Full-text words (Russian word forms match), as in searchTickets */
  text: Maybe<Scalars['String']['output']>;
  /** Only tickets nobody holds */
  unassigned: Maybe<Scalars['Boolean']['output']>;
};

/** Narrows a view or a search; all conditions must hold, each list means "any of" */
export type ViewFilterInput = {
  /** Only tickets the caller holds */
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  categories?: InputMaybe<Array<TicketCategory>>;
  criticalities?: InputMaybe<Array<Criticality>>;
  /** true: the customer answered and no agent has replied since; false: not so */
  customerAnswered?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: escalated at least once (TKT-6, SLA-7); false: never */
  escalated?: InputMaybe<Scalars['Boolean']['input']>;
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** SLA state at the moment of the read (SLA-7, SLA-9) */
  slaStates?: InputMaybe<Array<SlaState>>;
  statuses?: InputMaybe<Array<TicketStatus>>;
  supportLevels?: InputMaybe<Array<SupportLevel>>;
  /** Full-text words (Russian word forms match), as in searchTickets */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only tickets nobody holds */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How a view orders its tickets; SLA is the SLA-6 queue order */
export type ViewSort =
  | 'DUE_SOONEST'
  | 'NEWEST'
  | 'OLDEST'
  | 'RECENTLY_UPDATED'
  | 'SLA';

/** One attempt to deliver a webhook message */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  at: Scalars['DateTime']['output'];
  attempt: Scalars['Int']['output'];
  error: Maybe<Scalars['String']['output']>;
  /** The payload type, e.g. ticket.created */
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  latencyMs: Scalars['Int']['output'];
  outboxMessageId: Scalars['ID']['output'];
  /** HTTP status; null when no answer came (timeout, refused connection) */
  statusCode: Maybe<Scalars['Int']['output']>;
  success: Scalars['Boolean']['output'];
  /** The webhook-id header: the same for every attempt of one message, so receivers can deduplicate */
  webhookId: Scalars['String']['output'];
};

/** An outbound webhook endpoint of an organization (#18) */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** Failed attempts in a row since the last success */
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the endpoint was disabled (by hand or after failures) */
  disabledReason: Maybe<Scalars['String']['output']>;
  /** Disabled endpoints are sent nothing; failures past WEBHOOK_DISABLE_AFTER_FAILURES disable one */
  enabled: Scalars['Boolean']['output'];
  events: Array<WebhookEventKind>;
  id: Scalars['ID']['output'];
  /** Whose tickets the endpoint is told about */
  organization: Organization;
  url: Scalars['String']['output'];
};

/** A new endpoint and its signing secret */
export type WebhookEndpointCreated = {
  __typename?: 'WebhookEndpointCreated';
  endpoint: WebhookEndpoint;
  /** The Standard Webhooks signing secret (whsec_…): shown only now */
  secret: Scalars['String']['output'];
};

/** What a webhook endpoint is sent (#18) */
export type WebhookEventKind =
  | 'SLA_ALERT'
  | 'TICKET_CREATED'
  | 'TICKET_ESCALATED'
  | 'TICKET_MESSAGE_ADDED'
  | 'TICKET_STATUS_CHANGED';

/** A change of the caller's views: every count, and where the changed ticket now stands in the open view */
export type WorkEvent = {
  __typename?: 'WorkEvent';
  /** Every view's count after this change */
  counts: Array<ViewCount>;
  kind: WorkEventKind;
  /** 0-based index in the open view's order; null when REMOVED */
  position: Maybe<Scalars['Int']['output']>;
  /** The index this stream last gave the ticket; null when ADDED */
  previousPosition: Maybe<Scalars['Int']['output']>;
  /** SNAPSHOT: the open view's first page, in its order */
  rows: Maybe<Array<Ticket>>;
  /** The changed ticket (not on SNAPSHOT and COUNTS) */
  ticket: Maybe<Ticket>;
  /** SNAPSHOT: how many tickets the open view holds */
  totalCount: Maybe<Scalars['Int']['output']>;
  /** Ticket-change version, cluster-wide, one per change: a gap means events were missed (resubscribe or refetch) */
  version: Scalars['Int']['output'];
  /** The open view */
  viewId: Scalars['ID']['output'];
};

/** What a myWork event does to the open view */
export type WorkEventKind =
  | 'ADDED'
  | 'COUNTS'
  | 'MOVED'
  | 'REMOVED'
  | 'SNAPSHOT'
  | 'UPDATED';
