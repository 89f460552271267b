/**
 * The Voz tab's output side: reads each finished answer aloud while the tab is shown and reading is on,
 * and falls silent as soon as a new question is sent. Kept out of React so it reacts to the assistant
 * store's changes directly, never to re-renders.
 */
import { createStore } from 'zustand/vanilla';
import type { ChatMessage } from '../chat-message';
import type { PanelStore } from '../panel-store';
import { createSpeaker, getSynthesis, type Speaker, type SynthesisGlobals } from './synthesis';

export interface VoiceOutputState {
  supported: boolean;
  /** "Leer respuestas en voz alta". */
  enabled: boolean;
  speaking: boolean;
  setEnabled(enabled: boolean): void;
  /** "Detener lectura". */
  stop(): void;
  /** Must run synchronously inside a tap: iOS speaks only after that. */
  unlock(): void;
  setActive(active: boolean): void;
  /** Follows `assistant` until the returned function is called. */
  attach(assistant: PanelStore): () => void;
}

export type VoiceOutputStore = ReturnType<typeof createVoiceOutput>;

const messageKey = (message: ChatMessage) => `${message.role}:${message.id}`;

export function createVoiceOutput(globals: SynthesisGlobals) {
  const api = getSynthesis(globals);
  let speaker: Speaker | undefined;
  let active = false;

  return createStore<VoiceOutputState>()((set, get) => ({
    supported: api !== undefined,
    enabled: api !== undefined,
    speaking: false,
    setEnabled(enabled) {
      set({ enabled });
      if (!enabled) speaker?.cancel();
    },
    stop() {
      speaker?.cancel();
    },
    unlock() {
      speaker?.unlock();
    },
    setActive(value) {
      active = value;
      if (!value) speaker?.cancel();
    },
    attach(assistant) {
      if (!api) return () => {};
      const current = createSpeaker(api, (speaking) => set({ speaking }));
      speaker = current;
      const unsubscribe = assistant.subscribe((state, previous) => {
        if (state.messages === previous.messages) return;
        const before = new Map(previous.messages.map((message) => [messageKey(message), message.state]));
        for (const message of state.messages) {
          const was = before.get(messageKey(message));
          // Any new question, typed or spoken, silences the previous answer.
          if (message.role === 'user' && was === undefined) current.cancel();
          if (message.role === 'assistant' && message.state === 'done' && was !== 'done') {
            if (active && get().enabled) current.speak(message.text);
          }
        }
      });
      return () => {
        unsubscribe();
        current.dispose();
        if (speaker === current) speaker = undefined;
      };
    },
  }));
}
