import type { EntityManager } from '@mikro-orm/core';
import { DeskSettings, type SettingKey } from '../integrations/index.js';

/**
 * Where customers hand over or ship equipment for diagnosis (#19): the desk setting
 * `materialRequests.shippingDetails` (a JSON string in `desk_settings`); until one is
 * set, a default that sends the customer to the agent for the address.
 */
export const SHIPPING_DETAILS: SettingKey<string> = {
  key: 'materialRequests.shippingDetails',
  defaultValue:
    'Отдел технической поддержки, приём оборудования на диагностику. Адрес и время приёма уточните у специалиста по заявке; ' +
    'вложите в упаковку копию формуляра изделия и лист с номером заявки. ' +
    '/ Technical support, equipment intake for diagnosis: ask the engineer on the ticket for the address and hours; ' +
    "pack a copy of the product's formulary and a sheet with the ticket number.",
};

export function shippingDetailsOf(em: EntityManager): Promise<string> {
  return DeskSettings.read(em, SHIPPING_DETAILS);
}
