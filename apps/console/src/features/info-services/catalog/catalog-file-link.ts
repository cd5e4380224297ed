/** How a catalog file opens for this caller, if at all (SVC-2): the server only gives addresses to the entitled. */
export type FileOpening = { kind: 'EXTERNAL'; href: string } | { kind: 'WITH_TOKEN'; path: string } | null;

export function fileOpening(file: { available: boolean; downloadUrl: string | null; external?: boolean; url?: string | null }): FileOpening {
  if (!file.available || !file.downloadUrl) return null;
  // A file kept elsewhere opens at its own address (the API's 302 would need our token on another origin).
  if (file.url && /^https?:\/\//i.test(file.url)) return { kind: 'EXTERNAL', href: file.url };
  if (file.downloadUrl.startsWith('/') && !file.downloadUrl.startsWith('//')) return { kind: 'WITH_TOKEN', path: file.downloadUrl };
  if (/^https?:\/\//i.test(file.downloadUrl)) return { kind: 'EXTERNAL', href: file.downloadUrl };
  return null;
}
