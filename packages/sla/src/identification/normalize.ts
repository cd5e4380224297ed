/**
 * ID-2: requests arrive typed by hand over phone, e-mail and forms, so the
 * organization and the contract identifier are compared in a normal form.
 * The server stores and matches these forms; the console applies the same
 * functions so what it previews is what the server will decide.
 */

/** «АО Альфа», "АО  Альфа" and ао альфа are the same organization (ID-2). */
export function normalizeOrganizationName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'“”„`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** License and serial numbers are read aloud and retyped: case and spaces do not matter (ID-2). */
export function normalizeIdentifier(identifier: string): string {
  return identifier.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
}

/** Whether two typed names name the same organization (ID-2). */
export function sameOrganizationName(a: string, b: string): boolean {
  return normalizeOrganizationName(a) === normalizeOrganizationName(b);
}
