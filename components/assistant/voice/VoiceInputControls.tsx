'use client';

import { useRef } from 'react';
import { useStore } from 'zustand';
import { VOICE_MESSAGES } from '@/lib/client/speech/voice-errors';
import {
  standingNotice,
  voiceMethod,
  type VoiceInputStore,
  type VoicePhase,
} from '@/lib/client/speech/voice-input';
import { useAssistant } from '../PanelStoreProvider';
import { MicrophoneIcon, StopIcon } from '../icons';

const STATUS_TEXT: Record<VoicePhase, string> = {
  idle: '',
  starting: 'Activando el micrófono…',
  listening: 'Escuchando… di tu pregunta.',
  recording: 'Grabando tu pregunta…',
  transcribing: 'Transcribiendo tu pregunta…',
};

const clock = (milliseconds: number) => {
  const seconds = Math.floor(milliseconds / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** The "Hablar" toggle, what it heard so far, and why voice input cannot work with the way forward. */
export function VoiceInputControls({ store, onUseChat }: { store: VoiceInputStore; onUseChat: () => void }) {
  const talkRef = useRef<HTMLButtonElement>(null);
  const provider = useAssistant((state) => state.provider);
  const notice = useAssistant((state) => state.notice);
  const phase = useStore(store, (state) => state.phase);
  const interim = useStore(store, (state) => state.interim);
  const elapsedMs = useStore(store, (state) => state.elapsedMs);
  const maxSeconds = useStore(store, (state) => state.maxSeconds);
  const permission = useStore(store, (state) => state.permission);
  const recognitionSupported = useStore(store, (state) => state.recognitionSupported);
  const recorderSupported = useStore(store, (state) => state.recorderSupported);
  const preferRecorder = useStore(store, (state) => state.preferRecorder);
  const ownProblem = useStore(store, (state) => state.problem);
  const ownInfo = useStore(store, (state) => state.info);
  const toggle = useStore(store, (state) => state.toggle);
  const record = useStore(store, (state) => state.record);

  const support = { recognitionSupported, recorderSupported, preferRecorder };
  const method = voiceMethod(support, provider);
  const standing = standingNotice(support, provider);
  const problem = ownProblem ?? standing.problem;
  const info = ownInfo ?? standing.info;
  const capturing = phase === 'starting' || phase === 'listening' || phase === 'recording';

  return (
    <div data-testid="voice-input">
      {notice && (
        <p role="alert" className="mb-2 text-sm font-semibold text-danger">
          {notice}
        </p>
      )}
      {problem && (
        <div
          role="alert"
          data-testid="voice-problem"
          className="mb-2 rounded-md border-l-4 border-danger bg-surface-muted p-2 text-sm"
        >
          <p>{problem.message}</p>
          {problem.next === 'record' && recorderSupported && provider === 'openai' && (
            <button
              type="button"
              onClick={() => {
                record();
                talkRef.current?.focus();
              }}
              data-testid="voice-record-instead"
              className="mt-2 min-h-touch rounded-md border-2 border-dian-blue px-3 font-semibold text-dian-blue"
            >
              Grabar mi pregunta
            </button>
          )}
          {problem.next === 'type' && (
            <button
              type="button"
              onClick={onUseChat}
              data-testid="voice-use-chat"
              className="mt-2 min-h-touch rounded-md border-2 border-dian-blue px-3 font-semibold text-dian-blue"
            >
              Escribir en el chat
            </button>
          )}
        </div>
      )}
      <p role="status" data-testid="voice-info" className="text-sm text-ink-muted">
        {info}
      </p>
      {permission === 'prompt' && phase === 'idle' && method !== 'typing' && !problem && (
        <p className="text-sm text-ink-muted" data-testid="voice-permission-hint">
          {VOICE_MESSAGES.permissionPrompt}
        </p>
      )}
      {method !== 'typing' && (
        <div className="mt-2 flex items-center gap-3">
          <button
            ref={talkRef}
            type="button"
            aria-pressed={capturing}
            aria-disabled={phase === 'transcribing'}
            onClick={toggle}
            data-testid="voice-talk"
            className="on-dark flex min-h-touch items-center gap-2 rounded-md bg-dian-blue px-4 font-semibold text-white aria-disabled:bg-line-strong aria-pressed:bg-dian-blue-dark"
          >
            {capturing ? <StopIcon /> : <MicrophoneIcon />}
            {capturing ? 'Dejar de escuchar' : 'Hablar'}
          </button>
          <div className="min-w-0 flex-1 text-sm">
            <p role="status" data-testid="voice-status" className="font-semibold">
              {STATUS_TEXT[phase]}
            </p>
            {phase === 'recording' && (
              <p className="text-ink-muted" data-testid="voice-elapsed">
                {clock(elapsedMs)} de {clock(maxSeconds * 1000)}
              </p>
            )}
          </div>
        </div>
      )}
      {phase === 'listening' && interim && (
        <p className="mt-2 rounded-md bg-dian-sky px-3 py-2 text-base italic" data-testid="voice-interim">
          {interim}
        </p>
      )}
    </div>
  );
}
