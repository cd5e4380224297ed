/** What other features may use of the ticket page: a timeline entry in the reader's words (TKT-9), which the portal shows too. */
export { describeEntry } from './timeline-text';
/** The resumable upload (TKT-10): the portal's material requests take files through it (#19). */
export { default as FileUpload } from './components/FileUpload.vue';
/** The agents and leads a ticket can be given to (TKT-6): macros name one too (#19). */
export { useStaffQuery } from './graphql/staff.api';
