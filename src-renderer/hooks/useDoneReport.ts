import { useCallback, useState } from 'react';
import type { SwitchoverError, SavedFile, SavedFileKind } from '../../src-main/contract';
import { api } from '../api';
import { runAction } from './runAction';

export interface DoneReportState {
  report: SavedFile | undefined;
  saving: boolean;
  error: SwitchoverError | undefined;
  save: () => Promise<void>;
}

/** The redacted report for the helper, saved on request. */
export function useDoneReport(): DoneReportState {
  const [report, setReport] = useState<SavedFile>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<SwitchoverError>();

  const save = useCallback(async () => {
    await runAction(async () => setReport(await api.call('report.save', {})), setSaving, setError);
  }, []);

  return { report, saving, error, save };
}

/**
 * "Show in folder": true when the file manager opened; false when it cannot here (browser mode)
 * and the person is shown the path instead.
 */
export async function revealSaved(kind: SavedFileKind): Promise<boolean> {
  try {
    return (await api.call('files.reveal', { kind })).shown;
  } catch {
    return false;
  }
}
