import type { ComplianceCellInput, ComplianceDimension, SlaOutcome } from '@desk/schema';
import { bearer } from '@/shared/graphql/apollo-client';
import { saveLink } from '@/shared/files/useFileDownload';

/** The server's files of SLA-9 (README "SLA reports"): the report and a figure's tickets as CSV or XLSX, a customer's month as PDF. */
export type ExportFile = 'sla-report.csv' | 'sla-report.xlsx' | 'sla-report-tickets.csv' | 'sla-report-tickets.xlsx' | 'sla-statement.pdf';

export function exportPath(file: ExportFile, params: Record<string, string>): string {
  return `/exports/${file}?${new URLSearchParams(params)}`;
}

export function reportParams(range: { from: string; to: string }, groupBy: readonly ComplianceDimension[]): Record<string, string> {
  return { from: range.from, to: range.to, groupBy: groupBy.join(',') };
}

/** A drill-down's cell and outcome as the export's parameters (the fields of ComplianceCellInput). */
export function ticketsParams(range: { from: string; to: string }, cell: ComplianceCellInput, outcome: SlaOutcome | null): Record<string, string> {
  const params: Record<string, string> = { from: range.from, to: range.to };
  for (const [name, value] of Object.entries(cell)) if (value !== null && value !== undefined) params[name] = String(value);
  if (outcome) params.outcome = outcome;
  return params;
}

/**
 * Exports are made on request and need the caller's token, which a plain
 * link can't carry: fetched with it, then saved from memory. A refusal comes
 * back as JSON and is thrown with the server's message.
 */
export async function downloadExport(path: string, fileName: string, token: string | null): Promise<void> {
  const authorization = bearer(token);
  const response = await fetch(path, { headers: authorization ? { Authorization: authorization } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `${response.status} ${response.statusText}`);
  }
  const url = URL.createObjectURL(await response.blob());
  saveLink(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
