import { useCallback, useEffect, useState } from 'react';
import { SwitchoverError, type PhoneSetup, type SavedFile } from '../../src-main/contract';
import { api } from '../api';
import { runAction } from './runAction';

export interface DonePhoneState {
  /** Undefined while asking; null when there is nothing to show (see `error`). */
  setup: PhoneSetup | null | undefined;
  /** Why the settings could not be read, or the profile not saved. */
  error: SwitchoverError | undefined;
  profile: SavedFile | undefined;
  saving: boolean;
  saveProfile: () => Promise<void>;
}

/** The new account's settings for a phone (with their QR code) and the Apple profile. */
export function useDonePhone(): DonePhoneState {
  const [setup, setSetup] = useState<PhoneSetup | null>();
  const [error, setError] = useState<SwitchoverError>();
  const [profile, setProfile] = useState<SavedFile>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let stale = false;
    api.call('phone.setup', {}).then(
      (answer) => {
        if (!stale) setSetup(answer);
      },
      (caught: unknown) => {
        if (stale) return;
        setError(SwitchoverError.from(caught));
        setSetup(null);
      },
    );
    return () => {
      stale = true;
    };
  }, []);

  const saveProfile = useCallback(async () => {
    await runAction(
      async () => setProfile(await api.call('phone.saveProfile', {})),
      setSaving,
      setError,
    );
  }, []);

  return { setup, error, profile, saving, saveProfile };
}
