import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UploadOptions } from 'tus-js-client';
import { savedSession } from '@/test-support/users';
import { mountWithApp } from '@/test-support/mount-app';
import FileUpload from '../FileUpload.vue';

/** A stand-in for tus-js-client's Upload: the test drives progress, success and failure. */
const { FakeUpload } = vi.hoisted(() => {
  class FakeUpload {
    static instances: FakeUpload[] = [];
    static previous: { uploadUrl: string }[] = [];
    started = false;
    resumedFrom: unknown = null;
    abort = vi.fn(async (_terminate?: boolean) => undefined);
    constructor(
      readonly file: File,
      readonly options: UploadOptions,
    ) {
      FakeUpload.instances.push(this);
    }
    findPreviousUploads = async () => FakeUpload.previous;
    resumeFromPreviousUpload(previous: unknown): void {
      this.resumedFrom = previous;
    }
    start(): void {
      this.started = true;
    }
  }
  return { FakeUpload };
});

vi.mock('tus-js-client', () => ({ Upload: FakeUpload }));

function file(name: string, size: number, type = 'text/plain'): File {
  return new File([new Uint8Array(size)], name, { type });
}

async function mountUpload() {
  savedSession('AGENT');
  const mounted = await mountWithApp(FileUpload, { route: '/sign-in', mount: { props: { ticketId: '42' } } });
  return mounted;
}

async function pick(wrapper: Awaited<ReturnType<typeof mountUpload>>['wrapper'], files: File[]) {
  const input = wrapper.get<HTMLInputElement>('[data-testid="file-input"]');
  Object.defineProperty(input.element, 'files', { value: files, configurable: true });
  await input.trigger('change');
  await vi.waitFor(() => expect(FakeUpload.instances.length).toBe(files.length));
  await vi.waitFor(() => expect(FakeUpload.instances.every((upload) => upload.started)).toBe(true));
}

describe('FileUpload (TKT-10, tus)', () => {
  beforeEach(() => {
    localStorage.clear();
    FakeUpload.instances = [];
    FakeUpload.previous = [];
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('uploads to /files with the bearer token and the ticket, file name, type and checksum as metadata', async () => {
    const { wrapper } = await mountUpload();
    await pick(wrapper, [file('server.nfo', 2048, 'application/xml')]);
    const upload = FakeUpload.instances[0]!;
    expect(new URL(upload.options.endpoint!).pathname).toBe('/files');
    expect(upload.options.headers).toEqual({ Authorization: 'Bearer test-token' });
    expect(upload.options.metadata).toMatchObject({ ticketId: '42', filename: 'server.nfo', filetype: 'application/xml' });
    // SHA-256 of 2 KiB of zero bytes, so the server can check what arrived.
    expect(upload.options.metadata?.sha256).toBe('e5a00aa9991ac8a5ee3109844d84a55583bd20572ad3ffcd42792f3c36b183ad');
    expect(upload.options.chunkSize).toBeGreaterThan(0);
  });

  it('shows the progress of each file and its end', async () => {
    const { wrapper } = await mountUpload();
    await pick(wrapper, [file('dump.dmp', 1000)]);
    const upload = FakeUpload.instances[0]!;
    const bar = () => wrapper.get('[data-testid="upload-progress"]');
    expect(bar().attributes('role')).toBe('progressbar');
    expect(bar().attributes('aria-valuenow')).toBe('0');

    upload.options.onProgress?.(400, 1000);
    await flushPromises();
    expect(bar().attributes('aria-valuenow')).toBe('40');
    expect(bar().get('span').attributes('style')).toContain('width: 40%');
    expect(wrapper.get('[data-testid="upload-item"]').text()).toContain('Загружено 40%');

    upload.options.onSuccess?.({ lastResponse: { getHeader: (name: string) => (name === 'Ticket-File-Id' ? '9' : undefined) } as never });
    await flushPromises();
    expect(wrapper.get('[data-testid="upload-item"]').attributes('data-status')).toBe('done');
    expect(bar().attributes('aria-valuenow')).toBe('100');
    expect(wrapper.emitted('uploaded')?.[0]?.[0]).toMatchObject({ name: 'dump.dmp', fileId: '9' });

    // Once the ticket lists the file, the finished upload gives way to it.
    await wrapper.setProps({ listed: ['9'] });
    expect(wrapper.find('[data-testid="upload-item"]').exists()).toBe(false);
  });

  it("shows the server's reason when it refuses a file", async () => {
    const { wrapper } = await mountUpload();
    await pick(wrapper, [file('image.iso', 10)]);
    const error = Object.assign(new Error('tus: unexpected response while creating upload'), {
      originalResponse: { getBody: () => 'File is too large: uploads are limited to 2 GB (2147483648 bytes)\n' },
    });
    FakeUpload.instances[0]!.options.onError?.(error);
    await flushPromises();
    expect(wrapper.get('[data-testid="upload-item"]').attributes('data-status')).toBe('error');
    expect(wrapper.get('[data-testid="upload-error"]').text()).toBe('Ошибка: File is too large: uploads are limited to 2 GB (2147483648 bytes)');
  });

  it('resumes an interrupted upload of the same file', async () => {
    FakeUpload.previous = [{ uploadUrl: 'http://localhost/files/abc' }];
    const { wrapper } = await mountUpload();
    await pick(wrapper, [file('big.log', 10)]);
    expect(FakeUpload.instances[0]!.resumedFrom).toEqual({ uploadUrl: 'http://localhost/files/abc' });
  });

  it('cancels an upload and tells the server to drop it', async () => {
    const { wrapper } = await mountUpload();
    await pick(wrapper, [file('a.txt', 10), file('b.txt', 10)]);
    expect(wrapper.findAll('[data-testid="upload-item"]')).toHaveLength(2);
    await wrapper.findAll('[data-testid="upload-item"]')[0]!.get('button').trigger('click');
    await flushPromises();
    expect(FakeUpload.instances[0]!.abort).toHaveBeenCalledWith(true);
    expect(wrapper.findAll('[data-testid="upload-item"]')[0]!.attributes('data-status')).toBe('cancelled');
    expect(FakeUpload.instances[1]!.abort).not.toHaveBeenCalled();
  });
});
