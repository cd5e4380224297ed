import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124000000_initial } from './Migration20261124000000_initial.js';
import { Migration20261124010000_realtime } from './Migration20261124010000_realtime.js';
import { Migration20261124020000_lifecycle } from './Migration20261124020000_lifecycle.js';
import { Migration20261124030000_api_tokens } from './Migration20261124030000_api_tokens.js';
import { Migration20261124040000_channels } from './Migration20261124040000_channels.js';
import { Migration20261124050000_information_services } from './Migration20261124050000_information_services.js';
import { Migration20261203000000_partner_admins } from './Migration20261203000000_partner_admins.js';
import { Migration20261207033441_agent_workday } from './Migration20261207033441_agent_workday.js';
import { Migration20261207060248_accounts } from './Migration20261207060248_accounts.js';
import { Migration20261207061244_audit_log } from './Migration20261207061244_audit_log.js';
import { Migration20261207061637_reaction_proof } from './Migration20261207061637_reaction_proof.js';
import { Migration20261207063000_reply_templates } from './Migration20261207063000_reply_templates.js';
import { Migration20261207063006_contracts_admin } from './Migration20261207063006_contracts_admin.js';
import { Migration20261207063039_frozen_outcomes } from './Migration20261207063039_frozen_outcomes.js';
import { Migration20261207064536_self_service_resolutions } from './Migration20261207064536_self_service_resolutions.js';
import { Migration20261207070828_webhooks } from './Migration20261207070828_webhooks.js';
import { Migration20261207071104_ticket_ratings } from './Migration20261207071104_ticket_ratings.js';
import { Migration20261207071730_ticket_service_hours } from './Migration20261207071730_ticket_service_hours.js';
import { Migration20261207100500_refused_request_ticket } from './Migration20261207100500_refused_request_ticket.js';

/** Listed explicitly so the compiled server needs no file discovery at run time. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261124000000_initial', class: Migration20261124000000_initial },
  { name: 'Migration20261124010000_realtime', class: Migration20261124010000_realtime },
  { name: 'Migration20261124020000_lifecycle', class: Migration20261124020000_lifecycle },
  { name: 'Migration20261124030000_api_tokens', class: Migration20261124030000_api_tokens },
  { name: 'Migration20261124040000_channels', class: Migration20261124040000_channels },
  { name: 'Migration20261124050000_information_services', class: Migration20261124050000_information_services },
  { name: 'Migration20261203000000_partner_admins', class: Migration20261203000000_partner_admins },
  { name: 'Migration20261207033441_agent_workday', class: Migration20261207033441_agent_workday },
  { name: 'Migration20261207060248_accounts', class: Migration20261207060248_accounts },
  { name: 'Migration20261207061244_audit_log', class: Migration20261207061244_audit_log },
  { name: 'Migration20261207061637_reaction_proof', class: Migration20261207061637_reaction_proof },
  { name: 'Migration20261207063000_reply_templates', class: Migration20261207063000_reply_templates },
  { name: 'Migration20261207063006_contracts_admin', class: Migration20261207063006_contracts_admin },
  { name: 'Migration20261207063039_frozen_outcomes', class: Migration20261207063039_frozen_outcomes },
  { name: 'Migration20261207064536_self_service_resolutions', class: Migration20261207064536_self_service_resolutions },
  { name: 'Migration20261207070828_webhooks', class: Migration20261207070828_webhooks },
  { name: 'Migration20261207071104_ticket_ratings', class: Migration20261207071104_ticket_ratings },
  { name: 'Migration20261207071730_ticket_service_hours', class: Migration20261207071730_ticket_service_hours },
  { name: 'Migration20261207100500_refused_request_ticket', class: Migration20261207100500_refused_request_ticket },
];
