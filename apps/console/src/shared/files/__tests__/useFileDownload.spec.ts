import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import { useFileDownload } from '../useFileDownload';

/** A component that exposes the composable, as the file lists use it. */
async function mountDownloader(handler: OperationHandler) {
  let download: ReturnType<typeof useFileDownload> | null = null;
  const Host = defineComponent({
    setup() {
      download = useFileDownload();
      return () => h('div');
    },
  });
  const mounted = await mountWithApp(Host, { route: '/sign-in', handler });
  await flushPromises();
  return { ...mounted, download: download! };
}

describe('downloading a file (TKT-10, SVC-2)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks the server for a link to that file, then lets the browser save it under its name (no fetch into memory)', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { download, operations } = await mountDownloader((operation) =>
      operation.operationName === 'GrantDownload'
        ? { data: { grantDownload: { __typename: 'DownloadGrant', url: '/files/9/content?access=grant-9', expiresAt: '2026-02-16T07:05:00.000Z' } } }
        : { data: null },
    );
    await download('/files/9/content', 'server.nfo');
    expect(operations.find((op) => op.operationName === 'GrantDownload')?.variables).toEqual({ downloadUrl: '/files/9/content' });
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('server.nfo');
    expect(link.getAttribute('href')).toBe('/files/9/content?access=grant-9');
    expect(link.isConnected).toBe(false);
  });

  it('says what the server said when it refuses, and saves nothing', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { download } = await mountDownloader(() => ({
      errors: [{ message: 'File 9 does not exist or is not visible to you', extensions: { code: 'NOT_FOUND' } }],
    }));
    await expect(download('/files/9/content', 'x')).rejects.toThrow('File 9 does not exist or is not visible to you');
    expect(click).not.toHaveBeenCalled();
  });
});
