import { useCallback, useEffect, useRef, useState } from 'react';
import { SwitchoverError, type Kit, type KitOffer } from '../../src-main/contract';
import { api } from '../api';

/** Kits are small JSON files; anything much bigger is not one (the contract caps it at 64 KiB). */
const maxKitBytes = 65_536;

export interface KitState {
  kit: Kit | null;
  opening: boolean;
  error: SwitchoverError | undefined;
  /** Opens a kit from a file the person chose or dropped. */
  openFile: (file: File) => void;
  /** A kit from outside the window, waiting for the person's yes or no. */
  offer: KitOffer | null;
  answering: boolean;
  answerOffer: (accept: boolean) => void;
}

function isFileDrag(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * The kit the helper prepared, if one is open: asked for once, updated when one arrives from
 * outside (file association, switchover:// link), and opened from a dropped or chosen file.
 * Dropping a file anywhere on the window opens it, so there is no small target to hit.
 */
export function useKit(): KitState {
  const [kit, setKit] = useState<Kit | null>(null);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<SwitchoverError>();
  const [offer, setOffer] = useState<KitOffer | null>(null);
  const [answering, setAnswering] = useState(false);
  // A kit opened here wins over an older kit.current answer that arrives late.
  const openedHere = useRef(false);

  useEffect(() => {
    let stale = false;
    api.call('kit.current', {}).then(
      (answer) => {
        if (!stale && !openedHere.current) setKit(answer.kit);
      },
      // Without an answer the person can still open the kit themselves.
      () => undefined,
    );
    // An offer made before this page loaded (a launch argument) is asked for too.
    api.call('kit.offer', {}).then(
      (answer) => {
        if (!stale && answer.offer) setOffer(answer.offer);
      },
      () => undefined,
    );
    const unsubscribeOffered = api.on('kit.offered', (payload) => setOffer(payload.offer));
    const unsubscribe = api.on('kit.opened', (payload) => {
      openedHere.current = true;
      setError(undefined);
      setKit(payload.kit);
    });
    return () => {
      stale = true;
      unsubscribe();
      unsubscribeOffered();
    };
  }, []);

  const openFile = useCallback((file: File) => {
    setError(undefined);
    if (file.size === 0 || file.size > maxKitBytes) {
      setError(new SwitchoverError('kit.invalid', 'This file is not a Switchover kit.'));
      return;
    }
    setOpening(true);
    file
      .text()
      .then((text) => api.call('kit.open', { text }))
      .then(
        (answer) => {
          openedHere.current = true;
          setKit(answer.kit);
        },
        (failure: unknown) => setError(SwitchoverError.from(failure)),
      )
      .finally(() => setOpening(false));
  }, []);

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      // Without this the browser would open the file itself instead of handing it over.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) openFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [openFile]);

  const answerOffer = useCallback((accept: boolean) => {
    setAnswering(true);
    const answer = accept
      ? api.call('kit.accept', {}).then(({ kit: accepted }) => {
          if (accepted) {
            openedHere.current = true;
            setKit(accepted);
          }
        })
      : api.call('kit.decline', {}).then(() => undefined);
    answer
      .catch((failure: unknown) => setError(SwitchoverError.from(failure)))
      .finally(() => {
        setOffer(null);
        setAnswering(false);
      });
  }, []);

  return { kit, opening, error, openFile, offer, answering, answerOffer };
}
