'use client';

import { ChatTranscript } from '../ChatTranscript';
import { PrivacyReview } from '../PrivacyReview';
import { SpeechOutputControls } from './SpeechOutputControls';
import { useVoice } from './useVoice';
import { VoiceInputControls } from './VoiceInputControls';

/**
 * Ask by voice, read the answer and optionally hear it. The conversation is the same one as in the Chat
 * tab: a spoken question is sent exactly like a typed one.
 */
export function VoiceTab({ active, onUseChat }: { active: boolean; onUseChat: () => void }) {
  const { input, output } = useVoice(active);
  return (
    <>
      <ChatTranscript />
      <div
        className="border-t border-line bg-surface px-3 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))]"
        data-testid="voice-controls"
      >
        {/* A dictated question is reviewed like a typed one; editing it happens in the Chat tab. */}
        {active && (
          <PrivacyReview
            onEdit={() => {
              onUseChat();
              // Once the Chat tab is shown: the dictated text waits there, in the box.
              requestAnimationFrame(() =>
                document.querySelector<HTMLTextAreaElement>('[data-testid="assistant-input"]')?.focus(),
              );
            }}
          />
        )}
        <VoiceInputControls store={input} onUseChat={onUseChat} />
        <SpeechOutputControls store={output} />
      </div>
    </>
  );
}
