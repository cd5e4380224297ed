export const APPENDIX_ITEMS = [
  'PRODUCT_VERSION',
  'BUILD_NUMBER',
  'OS_VERSION',
  'OS_BITNESS',
  'HARDWARE_MODEL',
  'BOOT_MODE',
  'OCCURS_WHEN',
  'STEPS_TO_REPRODUCE',
  'ERROR_TEXT',
  'INSTALLED_SOFTWARE',
  'SCREENSHOTS',
  'MSINFO_REPORT',
] as const;
/** The items appendix 1 asks a request to include (TKT-8), beyond identification. */
export type AppendixItem = (typeof APPENDIX_ITEMS)[number];

export interface AppendixFacts {
  productKind: 'SOFTWARE' | 'HARDWARE';
  productVersion: string | null;
  buildNumber: string | null;
  osVersion: string | null;
  osBitness: string | null;
  hardwareModel: string | null;
  bootMode: string | null;
  occursWhen: string | null;
  stepsToReproduce: string | null;
  errorText: string | null;
  installedSoftware: string | null;
  /** File names attached to the ticket. */
  fileNames: readonly string[];
}

export interface MissingAppendixItem {
  item: AppendixItem;
  /** "Where possible" items of appendix 1 (screenshots, msinfo32) are recommended, not required. */
  required: boolean;
}

const IMAGE = /\.(png|jpe?g|gif|bmp|webp|tiff?)$/i;
const MSINFO = /\.nfo$/i;

/** TKT-8: what the request still lacks, in appendix 1's order. Hardware adds model and Legacy/UEFI. */
export function missingAppendixItems(facts: AppendixFacts): MissingAppendixItem[] {
  const blank = (value: string | null) => value === null || value.trim() === '';
  const checks: [AppendixItem, boolean, boolean][] = [
    ['PRODUCT_VERSION', blank(facts.productVersion), true],
    ['BUILD_NUMBER', blank(facts.buildNumber), true],
    ['OS_VERSION', blank(facts.osVersion), true],
    ['OS_BITNESS', blank(facts.osBitness), true],
    ['HARDWARE_MODEL', facts.productKind === 'HARDWARE' && blank(facts.hardwareModel), true],
    ['BOOT_MODE', facts.productKind === 'HARDWARE' && blank(facts.bootMode), true],
    ['OCCURS_WHEN', blank(facts.occursWhen), true],
    ['STEPS_TO_REPRODUCE', blank(facts.stepsToReproduce), true],
    ['ERROR_TEXT', blank(facts.errorText), true],
    ['INSTALLED_SOFTWARE', blank(facts.installedSoftware), true],
    ['SCREENSHOTS', !facts.fileNames.some((n) => IMAGE.test(n)), false],
    ['MSINFO_REPORT', !facts.fileNames.some((n) => MSINFO.test(n)), false],
  ];
  return checks.filter(([, missing]) => missing).map(([item, , required]) => ({ item, required }));
}

/** How to ask for each item, in Russian, as appendix 1 words it. */
export const APPENDIX_ITEM_QUESTIONS_RU: Record<AppendixItem, string> = {
  PRODUCT_VERSION: 'Версия продукта.',
  BUILD_NUMBER: 'Номер сборки программного или аппаратного продукта.',
  OS_VERSION: 'Версия используемой ОС (Win+R → winver → OK).',
  OS_BITNESS: 'Битность ОС (32 или 64 бита).',
  HARDWARE_MODEL: 'Наименование материнской платы или модель технического средства (ноутбук, моноблок, сервер).',
  BOOT_MODE: 'В каком режиме установлена ОС: Legacy или UEFI.',
  OCCURS_WHEN: 'В какой момент проявляется проблема.',
  STEPS_TO_REPRODUCE: 'Точная последовательность действий, которая к ней привела.',
  ERROR_TEXT: 'Точный текст сообщений об ошибках.',
  INSTALLED_SOFTWARE: 'Список программного обеспечения, установленного на АРМ.',
  SCREENSHOTS: 'По возможности — скриншоты или фотографии экрана.',
  MSINFO_REPORT: 'По возможности — отчёт msinfo32 (команда msinfo32 /nfo C:\\server.nfo).',
};
