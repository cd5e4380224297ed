import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadWithToken } from '../ticket-download';

describe('downloading an attachment (TKT-10)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the bearer token, then hands the file to the browser under its name', async () => {
    const fetchMock = vi.fn(async () => new Response(new Blob(['report']), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:report');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    await downloadWithToken('/files/9/content', 'server.nfo', 'token-1');
    expect(fetchMock).toHaveBeenCalledWith('/files/9/content', { headers: { Authorization: 'Bearer token-1' } });
    expect(created).toHaveBeenCalled();
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('server.nfo');
    expect(link.href).toBe('blob:report');
  });

  it("says what the server said when it refuses", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('File 9 does not exist or is not visible to you\n', { status: 404 })));
    await expect(downloadWithToken('/files/9/content', 'x', 't')).rejects.toThrow('File 9 does not exist or is not visible to you');
  });
});
