import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import { copyFile, link, mkdir, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

/**
 * Where files live on disk (TKT-10), under FILES_DIR:
 *
 *   uploads/<uploadId>            tus FileStore: partial uploads and their `<uploadId>.json`; never served
 *   tickets/<ticketId>/<uploadId> completed, checksummed attachments; `storageKey` is this path relative to FILES_DIR
 *
 * A finished upload is hard-linked (same file system; copied where links are impossible) from the
 * first place to the second before its row is written, and its tus entry is removed once tus has
 * answered. So the tus area only holds unfinished uploads: expiring it never touches an
 * attachment (FileStore's expiry judges "finished" by the offset saved at creation, which is
 * always 0, so it would delete finished files too), and tus's GET/HEAD cannot reach a stored file.
 */
export class FileStorage {
  readonly root: string;
  readonly uploadsDir: string;

  constructor(filesDir: string) {
    this.root = resolve(filesDir);
    this.uploadsDir = join(this.root, 'uploads');
    mkdirSync(this.uploadsDir, { recursive: true });
  }

  /** The partial file tus writes for an upload. */
  uploadPath(uploadId: string): string {
    return this.inside(join(this.uploadsDir, uploadId));
  }

  /** The storage key a completed upload of this ticket gets. */
  keyFor(ticketId: number, uploadId: string): string {
    return ['tickets', String(ticketId), uploadId].join('/');
  }

  /** Absolute path of a stored file; refuses keys that would leave FILES_DIR. */
  pathOf(storageKey: string): string {
    return this.inside(join(this.root, ...storageKey.split('/')));
  }

  /** Gives a finished upload its permanent place; the tus entry can then be removed independently. */
  async adopt(uploadId: string, storageKey: string): Promise<void> {
    const source = this.uploadPath(uploadId);
    const target = this.pathOf(storageKey);
    await mkdir(join(target, '..'), { recursive: true });
    try {
      await link(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
      await copyFile(source, target);
    }
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  async sizeOf(storageKey: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(storageKey))).size;
    } catch {
      return null;
    }
  }

  private inside(path: string): string {
    const rel = relative(this.root, path);
    if (!rel || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
      throw new Error(`refusing a path outside the files directory: ${path}`);
    }
    return path;
  }
}

/** SHA-256 (hex) and length of a file, read as a stream: constant memory for multi-gigabyte images. */
export async function digestFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  await pipeline(createReadStream(path, { highWaterMark: 1024 * 1024 }), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      hash.update(chunk);
      size += chunk.length;
    }
  });
  return { sha256: hash.digest('hex'), size };
}
