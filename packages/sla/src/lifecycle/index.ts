export { TICKET_CATEGORIES, canBeCritical, type TicketCategory } from './categories.js';
export { autoCloseAt, AUTO_CLOSE_WORKING_DAYS } from './auto-close.js';
export { PHONE_EXTENSIONS } from './phone-extensions.js';
