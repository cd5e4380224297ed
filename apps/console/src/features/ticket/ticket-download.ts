import { bearer } from '@/graphql/apollo-client';

/**
 * Downloads need the same `Authorization: Bearer` header as GraphQL, which a
 * plain link can't send: fetch the file, then hand it to the browser.
 */
export async function downloadWithToken(url: string, fileName: string, token: string | null): Promise<void> {
  const authorization = bearer(token);
  const response = await fetch(url, { headers: authorization ? { Authorization: authorization } : {} });
  if (!response.ok) throw new Error((await response.text()).trim() || `HTTP ${response.status}`);
  const objectUrl = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = objectUrl;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
  }
}
