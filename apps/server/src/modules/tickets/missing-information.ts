import type { EntityManager } from '@mikro-orm/core';
import { missingAppendixItems, type MissingAppendixItem } from '@desk/sla';
import { NotFound } from '../../common/errors.js';
import { existingId } from '../../common/ids.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { TicketFile } from '../../entities/files/ticket-file.entity.js';

/** TKT-8: what appendix 1 items a ticket still lacks, from its fields, product kind and files. */
export async function missingInformationOf(
  em: EntityManager,
  ticketOrId: Ticket | string,
  knownFileNames?: readonly string[],
): Promise<MissingAppendixItem[]> {
  const ticket =
    typeof ticketOrId === 'string'
      ? await em.findOne(Ticket, existingId(ticketOrId, 'Ticket'), { populate: ['contract.product'] })
      : ticketOrId;
  if (!ticket) throw new NotFound('Ticket', String(ticketOrId));
  const contract = await ticket.contract.loadOrFail({ dataloader: true });
  const product = await contract.product.loadOrFail({ dataloader: true });
  const fileNames = knownFileNames ?? (await em.find(TicketFile, { ticket: ticket.id }, { fields: ['fileName'] })).map((f) => f.fileName);
  return missingAppendixItems({
    productKind: product.kind,
    productVersion: ticket.productVersion,
    buildNumber: ticket.buildNumber,
    osVersion: ticket.osVersion,
    osBitness: ticket.osBitness,
    hardwareModel: ticket.hardwareModel,
    bootMode: ticket.bootMode,
    occursWhen: ticket.occursWhen,
    stepsToReproduce: ticket.stepsToReproduce,
    errorText: ticket.errorText,
    installedSoftware: ticket.installedSoftware,
    fileNames: [...fileNames],
  });
}
