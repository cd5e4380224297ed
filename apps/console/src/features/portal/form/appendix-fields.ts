import type { AppendixItem, BootMode, OsBitness, TicketDetailsInput } from '@desk/schema';

/** The appendix-1 items a customer fills in as text or a choice (TKT-8); files go another way. */
export type DetailField = keyof TicketDetailsInput;

export const ITEM_FIELDS: Partial<Record<AppendixItem, DetailField>> = {
  PRODUCT_VERSION: 'productVersion',
  BUILD_NUMBER: 'buildNumber',
  OS_VERSION: 'osVersion',
  OS_BITNESS: 'osBitness',
  HARDWARE_MODEL: 'hardwareModel',
  BOOT_MODE: 'bootMode',
  OCCURS_WHEN: 'occursWhen',
  STEPS_TO_REPRODUCE: 'stepsToReproduce',
  ERROR_TEXT: 'errorText',
  INSTALLED_SOFTWARE: 'installedSoftware',
};

/** Long answers get a text area of this many rows; the steps to reproduce are a numbered list. */
export const TEXT_AREA_ROWS: Partial<Record<DetailField, number>> = { occursWhen: 2, stepsToReproduce: 3, errorText: 2, installedSoftware: 2 };

export const BITNESS_VALUES: readonly OsBitness[] = ['X64', 'X86'];
export const BOOT_MODE_VALUES: readonly BootMode[] = ['UEFI', 'LEGACY'];

export type DetailValues = Partial<Record<DetailField, string>>;

/** Only what the customer filled in: blanks stay as they are on the ticket (the API would clear them). */
export function detailsInputFrom(values: DetailValues): TicketDetailsInput | null {
  const input: Record<string, string> = {};
  for (const [field, value] of Object.entries(values)) {
    const trimmed = value?.trim();
    if (trimmed) input[field] = trimmed;
  }
  return Object.keys(input).length > 0 ? (input as TicketDetailsInput) : null;
}
