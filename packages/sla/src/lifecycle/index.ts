export { TICKET_CATEGORIES, canBeCritical, type TicketCategory } from './categories.js';
export { autoCloseAt, AUTO_CLOSE_WORKING_DAYS } from './auto-close.js';
export { PHONE_EXTENSIONS } from './phone-extensions.js';
export { nextStatus, isFinal, FINAL_STATUSES, TICKET_STATUSES, type TicketStatus, type TicketAction } from './transitions.js';
export {
  missingAppendixItems,
  APPENDIX_ITEM_QUESTIONS_RU,
  APPENDIX_ITEMS,
  type AppendixItem,
  type AppendixFacts,
  type MissingAppendixItem,
} from './appendix-one.js';
