/**
 * Requests arrive typed by hand over phone, e-mail and forms: «АО Альфа»,
 * "АО  Альфа" and ао альфа are the same organization (ID-2).
 */
export function normalizeOrganizationName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'“”„`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** License and serial numbers are read aloud and retyped: ignore case, spaces and dashes' surroundings. */
export function normalizeIdentifier(identifier: string): string {
  return identifier.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
}
