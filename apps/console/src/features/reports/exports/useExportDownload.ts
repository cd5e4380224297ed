import { ref } from 'vue';
import { useSessionStore } from '@/stores/session';
import { downloadExport, exportPath, type ExportFile } from './report-export';

/** One export at a time from a component, with the server's refusal kept for display. */
export function useExportDownload() {
  const session = useSessionStore();
  const busy = ref(false);
  const error = ref<string | null>(null);
  async function download(file: ExportFile, params: Record<string, string>, fileName: string): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      await downloadExport(exportPath(file, params), fileName, session.token);
    } catch (failure) {
      error.value = failure instanceof Error ? failure.message : String(failure);
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, download };
}
