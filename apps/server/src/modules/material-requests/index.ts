/**
 * Material the vendor asks for (#19, agreement section 4): requests for
 * configurations, logs, OS images, screenshots, msinfo32 reports or equipment,
 * fulfilled by the customer with uploaded files (modules/files) or by shipping
 * equipment, which staff track until it goes back.
 */
import { MaterialRequestFieldsResolver, TicketMaterialResolver } from './material-request.resolver.js';

export const MATERIAL_REQUEST_RESOLVERS = [TicketMaterialResolver, MaterialRequestFieldsResolver] as const;

export { materialClosingReaction } from './material-closing.reaction.js';
