'use client';

import { useRef } from 'react';
import { useStore } from 'zustand';
import { VOICE_MESSAGES } from '@/lib/client/speech/voice-errors';
import type { VoiceOutputStore } from '@/lib/client/speech/voice-output';
import { SpeakerIcon } from '../icons';

/** "Leer respuestas en voz alta" (a toggle) and, while an answer is being read, "Detener lectura". */
export function SpeechOutputControls({ store }: { store: VoiceOutputStore }) {
  const toggleRef = useRef<HTMLButtonElement>(null);
  const supported = useStore(store, (state) => state.supported);
  const enabled = useStore(store, (state) => state.enabled);
  const speaking = useStore(store, (state) => state.speaking);
  const setEnabled = useStore(store, (state) => state.setEnabled);
  const unlock = useStore(store, (state) => state.unlock);
  const stop = useStore(store, (state) => state.stop);

  if (!supported) {
    return (
      <p className="mt-2 text-sm text-ink-muted" data-testid="voice-output-unsupported">
        {VOICE_MESSAGES.speechOutputUnsupported}
      </p>
    );
  }
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <button
        ref={toggleRef}
        type="button"
        aria-pressed={enabled}
        onClick={() => {
          // A tap is the moment iOS allows speech to start; later answers arrive outside any tap.
          unlock();
          setEnabled(!enabled);
        }}
        data-testid="voice-read-aloud"
        className="flex min-h-touch items-center gap-2 rounded-md border-2 border-dian-blue px-3 text-sm font-semibold text-dian-blue aria-pressed:bg-dian-sky"
      >
        <SpeakerIcon muted={!enabled} />
        Leer respuestas en voz alta
      </button>
      {speaking && (
        <button
          type="button"
          onClick={() => {
            stop();
            // The button goes away with the speech; keep keyboard focus nearby.
            toggleRef.current?.focus();
          }}
          data-testid="voice-stop-reading"
          className="min-h-touch rounded-md border-2 border-danger px-3 text-sm font-semibold text-danger"
        >
          Detener lectura
        </button>
      )}
    </div>
  );
}
