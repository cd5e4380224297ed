import { Session } from 'node:inspector/promises';
import { writeFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Probes a bench child answers about itself: its memory after a full garbage
 * collection (for "bytes per idle subscriber") and a CPU profile of just the
 * measured window (--cpu-prof covers start-up and shutdown too).
 */

export interface MemoryReading {
  readonly heapUsed: number;
  readonly rss: number;
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** heapUsed and RSS after two full collections (the second frees what the first's finalizers released). */
export function settledMemory(): MemoryReading {
  collectGarbage();
  collectGarbage();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

let session: Session | null = null;

export async function startProfile(): Promise<void> {
  if (session) return;
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}

/** Writes the profile taken since startProfile to `path` (open it in Chrome DevTools or speedscope). */
export async function stopProfile(path: string): Promise<string> {
  if (!session) throw new Error('no profile was started');
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  session = null;
  await writeFile(path, JSON.stringify(profile));
  return path;
}
