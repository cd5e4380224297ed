/** Warn staff and readers when a certificate has this many days left or fewer (the 30-day alert, SVC-3). */
export const EXPIRING_SOON_DAYS = 30;

export type CertificateState = 'ACTIVE' | 'EXPIRING' | 'EXPIRED' | 'NOT_YET_VALID';

/**
 * Where a certificate stands today, from the server's own count (`daysLeft`
 * counts today, Moscow; 0 or less once lapsed; `active` is valid today).
 */
export function certificateState(certificate: { active: boolean; daysLeft: number }): CertificateState {
  if (certificate.daysLeft <= 0) return 'EXPIRED';
  if (!certificate.active) return 'NOT_YET_VALID';
  return certificate.daysLeft <= EXPIRING_SOON_DAYS ? 'EXPIRING' : 'ACTIVE';
}

/** Whole days since the last day of validity: `daysLeft` 0 means it lapsed yesterday… i.e. 1 day ago. */
export function daysSinceExpiry(daysLeft: number): number {
  return Math.max(0, 1 - daysLeft);
}

/**
 * Does a certificate cover the version asked about? `productVersions` is free
 * text ("8.0", "8.0, 8.1"); null covers every version. "8.0.565" is covered by
 * "8.0", and asking for "8" finds "8.0".
 */
export function coversVersion(productVersions: string | null, asked: string): boolean {
  const version = asked.trim().toLowerCase();
  if (!version || productVersions === null) return true;
  return productVersions
    .toLowerCase()
    .split(/[,;\s]+/)
    .map((entry) => entry.replace(/^v(?=\d)/, ''))
    .filter(Boolean)
    .some((entry) => entry === version || version.startsWith(`${entry}.`) || entry.startsWith(`${version}.`));
}
