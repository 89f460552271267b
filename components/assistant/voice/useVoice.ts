'use client';

import { useEffect, useState } from 'react';
import { createVoiceInput } from '@/lib/client/speech/voice-input';
import { createVoiceOutput } from '@/lib/client/speech/voice-output';
import { usePanelStoreApi } from '../PanelStoreProvider';

/** The Voz tab's two stores, wired to the assistant and to whether the tab is shown. */
export function useVoice(active: boolean) {
  const assistant = usePanelStoreApi();
  const [output] = useState(() => createVoiceOutput(window));
  const [input] = useState(() =>
    createVoiceInput({
      globals: window,
      fetch: (url, init) => window.fetch(url, init),
      provider: () => assistant.getState().provider,
      // Through the same personal-data review as a typed question.
      send: (text) => assistant.getState().submit(text),
      beforeCapture: () => {
        output.getState().unlock();
        output.getState().stop();
      },
    }),
  );

  useEffect(() => output.getState().attach(assistant), [output, assistant]);
  useEffect(() => input.getState().attach(), [input]);
  useEffect(() => {
    output.getState().setActive(active);
    input.getState().setActive(active);
  }, [active, input, output]);

  return { input, output };
}
