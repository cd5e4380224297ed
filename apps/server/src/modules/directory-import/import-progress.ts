import type { Clock } from '../../common/clock.js';
import type { DirectoryImportProgressEvent, EventBus } from '../../infra/events/domain-events.js';

// A progress bar needs a few steps a second, not one bus message per row.
const MIN_INTERVAL_MS = 200;

export type ReportProgress = (phase: DirectoryImportProgressEvent['phase'], done: number, total: number) => void;

/** Progress of one import for its admin's socket, throttled; a phase change and the end always go out. Silent without an import id. */
export function importProgress(events: EventBus, clock: Clock, importId: string | null, userId: number): ReportProgress {
  if (importId === null) return () => {};
  let last: { phase: string; at: number } | null = null;
  return (phase, done, total) => {
    const at = clock.now().getTime();
    const due = !last || last.phase !== phase || done === total || at - last.at >= MIN_INTERVAL_MS;
    if (!due) return;
    last = { phase, at };
    events.publish({ type: 'directory.import.progress', importId, userId, phase, done, total });
  };
}
