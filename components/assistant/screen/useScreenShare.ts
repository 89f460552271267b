'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  isScreenShareSupported,
  screenShareErrorMessage,
  startScreenShare,
  type ScreenShare,
} from '@/lib/client/screen-share';

export type ScreenShareState =
  | { status: 'idle'; notice?: string; error?: string }
  | { status: 'starting' }
  | { status: 'sharing'; stream: MediaStream };

export const STOPPED_NOTICE = 'Dejaste de compartir la pantalla.';

// Browser support never changes while the page lives, so there is nothing to subscribe to.
const subscribeNever = () => () => {};
const detectSupport = () => isScreenShareSupported(navigator.mediaDevices);
// Unknown during server rendering: the first client render must match it, then detection runs.
const supportOnServer = () => null;

/**
 * The screen share of the demonstration mode. Whatever ends it (the page's button, the browser's own
 * control, or this component unmounting when the panel closes), no track is left running.
 */
export function useScreenShare() {
  const supported = useSyncExternalStore(subscribeNever, detectSupport, supportOnServer);
  const [state, setState] = useState<ScreenShareState>({ status: 'idle' });
  const shareRef = useRef<ScreenShare<MediaStream> | null>(null);
  // Bumped by every start and by unmounting, so a picker answered too late releases what it got.
  const attemptRef = useRef(0);
  const startingRef = useRef(false);

  const end = useCallback(() => {
    const share = shareRef.current;
    if (!share) return;
    shareRef.current = null;
    share.stop();
    setState({ status: 'idle', notice: STOPPED_NOTICE });
  }, []);

  const start = useCallback(async () => {
    if (shareRef.current || startingRef.current) return;
    const attempt = ++attemptRef.current;
    startingRef.current = true;
    setState({ status: 'starting' });
    try {
      const share = await startScreenShare(navigator.mediaDevices);
      if (attempt !== attemptRef.current) {
        share.stop();
        return;
      }
      shareRef.current = share;
      share.onEnded(end);
      setState({ status: 'sharing', stream: share.stream });
    } catch (error) {
      if (attempt === attemptRef.current) setState({ status: 'idle', error: screenShareErrorMessage(error) });
    } finally {
      if (attempt === attemptRef.current) startingRef.current = false;
    }
  }, [end]);

  useEffect(
    () => () => {
      attemptRef.current += 1;
      startingRef.current = false;
      shareRef.current?.stop();
      shareRef.current = null;
    },
    [],
  );

  return { supported, state, start, stop: end };
}
