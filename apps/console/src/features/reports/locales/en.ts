import type ru from './ru';

/** SLA compliance report (SLA-9): English, the second interface language (LVL-5). */
const en: typeof ru = {
  reports: {
    satisfaction: {
      title: "Customers' ratings",
      groupBy: 'Group ratings by',
      by: { AGENT: 'Agent', LEVEL: 'Level', MONTH: 'Month' },
      ratings: 'Ratings',
      average: 'Average',
      unassigned: 'Unassigned',
    },
    deflection: {
      title: 'Self-service',
      note: 'Questions the knowledge base and documentation answered before a request was sent, against tickets registered: by product and month (Moscow).',
      product: 'Product',
      month: 'Month',
      resolved: 'Resolved without a ticket',
      tickets: 'Tickets',
      rate: 'Share',
    },
    nav: 'SLA report',
    title: 'SLA compliance',
    subtitle: 'Response time met or breached, by level, criticality, agent and period (SLA-9)',
    exportCsv: 'Download CSV',
    loadFailed: 'Could not load the report: {message}',
    overall: 'compliance in the period',
    note: 'Counts tickets that arrived in the chosen period (Moscow dates). A ticket not reacted to by its deadline counts as breached.',
    loading: 'Loading…',
    empty: 'No tickets in the period',
    unassigned: 'Unassigned',
    week: 'week of {date}',
    chartSummaryItem: '{label}: met {met}, breached {breached}, {rate}',
    byWeek: 'By week',
    byMonth: 'By month',
    by: {
      LEVEL: 'By service level',
      CRITICALITY: 'By criticality',
      AGENT: 'By agent',
    },
    table: {
      title: 'Table',
      breakdown: 'Breakdown',
      group: 'Group',
      met: 'Met',
      breached: 'Breached',
      total: 'Total',
      rate: 'Compliance',
      ratePercent: 'Compliance, %',
    },
    period: {
      legend: 'Report period',
      label: 'Period',
      from: 'From',
      to: 'To',
      granularity: 'Step',
      byWeek: 'by week',
      byMonth: 'by month',
      invalid: 'The start date must not be after the end date.',
      presets: {
        last7: 'Last 7 days',
        last30: 'Last 30 days',
        thisMonth: 'This month',
        lastMonth: 'Last month',
        last90: 'Last 90 days',
        thisYear: 'This year',
        custom: 'Custom',
      },
    },
  },
};

export default en;
