import { registerEnumType } from 'type-graphql';

/** What the vendor may ask a customer for (agreement section 4, #19). */
export enum MaterialKind {
  CONFIGURATION = 'CONFIGURATION',
  LOGS = 'LOGS',
  OS_IMAGE = 'OS_IMAGE',
  SCREENSHOTS = 'SCREENSHOTS',
  MSINFO32_REPORT = 'MSINFO32_REPORT',
  /** Hardware handed over for diagnosis: shipped to the vendor, tracked as EquipmentItem rows. */
  EQUIPMENT = 'EQUIPMENT',
}

export enum MaterialRequestStatus { OPEN = 'OPEN', FULFILLED = 'FULFILLED', CANCELLED = 'CANCELLED' }

/** Where a piece of equipment handed over for diagnosis is now. */
export enum EquipmentLocation { AT_VENDOR = 'AT_VENDOR', RETURNED = 'RETURNED' }

registerEnumType(MaterialKind, { name: 'MaterialKind', description: 'What material the vendor asks for (agreement section 4)' });
registerEnumType(MaterialRequestStatus, { name: 'MaterialRequestStatus', description: 'OPEN until the customer provides it (or staff cancel it)' });
registerEnumType(EquipmentLocation, { name: 'EquipmentLocation', description: 'Where equipment handed over for diagnosis is now' });
