/** The placeholders a text module may use (#19): the server fills them in (renderReplyTemplate) and refuses any other. */
export const TEMPLATE_VARIABLES = ['contactName', 'ticketNumber', 'deadline', 'product', 'agentName'] as const;
