import type { EntityManager } from '@mikro-orm/core';
import { Router, type Express, type Request, type Response } from 'express';
import type { Clock } from '../../../common/clock.js';
import { DomainError, Forbidden } from '../../../common/errors.js';
import { sendDomainError } from '../../../common/http-errors.js';
import type { Actor } from '../../../graphql/actor.js';
import { LEAD_ROLES } from '../../../graphql/actor.js';
import type { Orm } from '../../../infra/database/orm.js';
import { attachmentDisposition } from '../../../infra/http/content-disposition.js';
import { sendError } from '../../../infra/http/send-stored-file.js';
import type { Logger } from '../../../infra/logger.js';
import { fileRouteActor, type AuthServices } from '../../auth/index.js';
import { statementArgsOf } from '../statement/statement-request.js';
import { statementPdf } from '../statement/statement-pdf.js';
import { monthlyStatement } from '../statement/statement.service.js';
import { toCsv } from './csv-export.js';
import { reportArgsOf, ticketsArgsOf, type ExportQuery } from './export-request.js';
import type { ExportTable } from './export-table.js';
import { ReportExports } from './report-exports.js';
import { toXlsx } from './xlsx-export.js';

export interface ReportExportDependencies {
  readonly orm: Orm;
  readonly services: AuthServices;
  readonly logger: Logger;
}

export const EXPORTS_PATH = '/exports';

interface ExportFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

type Producer = (em: EntityManager, clock: Clock, query: ExportQuery) => Promise<ExportFile>;

const CSV = 'text/csv; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const sheet =
  (table: (exports: ReportExports, query: ExportQuery) => Promise<ExportTable>, format: 'csv' | 'xlsx', stem: string): Producer =>
  async (em, clock, query) => {
    const data = await table(new ReportExports(em, clock), query);
    return format === 'csv' ? { fileName: `${stem}.csv`, contentType: CSV, body: toCsv(data) } : { fileName: `${stem}.xlsx`, contentType: XLSX, body: await toXlsx(data) };
  };

const report = (exports: ReportExports, query: ExportQuery) => exports.report(reportArgsOf(query));
const tickets = (exports: ReportExports, query: ExportQuery) => exports.tickets(ticketsArgsOf(query));

/**
 * What each file is. Every one is for team leads and admins — who may read
 * slaCompliance — and covers every organization, as the report does (SLA-9).
 */
const FILES: Readonly<Record<string, Producer>> = {
  'sla-report.csv': sheet(report, 'csv', 'sla-report'),
  'sla-report.xlsx': sheet(report, 'xlsx', 'sla-report'),
  'sla-report-tickets.csv': sheet(tickets, 'csv', 'sla-report-tickets'),
  'sla-report-tickets.xlsx': sheet(tickets, 'xlsx', 'sla-report-tickets'),
  'sla-statement.pdf': async (em, clock, query) => {
    const args = statementArgsOf(query);
    return { fileName: `sla-statement-${args.organizationId}-${args.month}.pdf`, contentType: 'application/pdf', body: await statementPdf(await monthlyStatement(em, clock, args)) };
  },
};

function mayReadReports(actor: Actor): void {
  if (!LEAD_ROLES.includes(actor.role)) throw new Forbidden('SLA reports and statements are for team leads and admins');
}

/**
 * `GET /exports/<file>`: the SLA-9 report and its drill-down lists as CSV or
 * XLSX, and the monthly per-customer statement as PDF (README "SLA reports").
 * The same bearer token as /graphql (or a download grant); refusals are JSON
 * with the GraphQL error codes, a bad parameter named in `fields`.
 */
export function mountReportExports(app: Express, deps: ReportExportDependencies): void {
  const router = Router();
  router.get(`${EXPORTS_PATH}/:file`, async (req: Request, res: Response) => {
    const produce = FILES[String(req.params.file)];
    if (!produce) return sendError(res, 404, 'NOT_FOUND', `No such export; there are ${Object.keys(FILES).join(', ')}`);
    const em = deps.orm.em.fork();
    let file: ExportFile;
    try {
      const actor = await fileRouteActor(em, deps.services, req, res);
      if (!actor) return;
      mayReadReports(actor);
      file = await produce(em, deps.services.clock, req.query);
    } catch (error) {
      if (error instanceof DomainError) return sendDomainError(res, error);
      deps.logger.error('report export failed', error);
      return sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'The export could not be made; try again later');
    }
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(file.body);
  });
  app.use(router);
}
