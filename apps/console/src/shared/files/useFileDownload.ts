import { useGrantDownloadMutation } from './graphql/grantDownload.api';

/**
 * Downloads need the caller's rights, which a plain link can't carry as a
 * header: the server grants a short-lived link for the one file (refusing
 * with the reason when the caller may not have it), and the browser saves it
 * straight to disk — a multi-GB firmware image never passes through memory.
 */
export function useFileDownload(): (downloadUrl: string, fileName: string) => Promise<void> {
  const { mutate } = useGrantDownloadMutation({});
  return async (downloadUrl, fileName) => {
    const result = await mutate({ downloadUrl });
    const url = result?.data?.grantDownload.url;
    if (!url) throw new Error('grantDownload returned nothing');
    saveLink(url, fileName);
  };
}

/** Lets the browser fetch and save `url` under `fileName`, as a click on a download link would. */
export function saveLink(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
