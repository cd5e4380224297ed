import type ru from './ru';

/** The team board (TKT-6): English, the second interface language (LVL-5). */
const en: typeof ru = {
  team: {
    nav: 'Team',
    title: 'Team',
    subtitle: "Agents' open tickets and load; escalated and breached first (TKT-6)",
    live: 'Live updates',
    polling: 'Refreshing every {seconds} s',
    dragHint: 'Drag a card onto an agent, or press “Reassign” to pick the assignee from a list.',
    assigned: 'Ticket {number} assigned to {name}',
    assignFailed: 'Could not assign ticket {number}: {message}',
    loadFailed: 'Could not load the board: {message}',
    retry: 'Retry',
    loading: 'Loading the board…',
    attention: 'need attention: {n}',
    you: 'you',
    unassigned: 'Unassigned',
    unassignedHint: 'Waiting for a reaction, nobody assigned',
    formerStaff: 'Not on the staff list',
    load: 'no open tickets | {n} open ticket | {n} open tickets',
    loadBreakdown: 'new: {new}, in progress: {inProgress}, waiting for customer: {waiting}',
    dropHere: 'Drop to assign to {name}',
    empty: 'No open tickets',
    shownOf: 'showing {shown} of {total}',
    escalated: 'Escalation {level}',
    breached: 'Response breached',
    dueAt: 'respond by {at} MSK',
    reassign: 'Reassign',
    reassignLabel: 'Reassign ticket {number}',
    assigneeFor: 'New assignee of ticket {number}',
    chooseAgent: 'Choose an agent',
    agentOption: '{name} ({n} open)',
    assign: 'Assign',
    cancel: 'Cancel',
  },
};

export default en;
