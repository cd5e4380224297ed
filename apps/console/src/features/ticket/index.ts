/** What other features may use of the ticket page: a timeline entry in the reader's words (TKT-9), which the portal shows too. */
export { describeEntry } from './timeline-text';
