'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PrivacyFacts } from '@/lib/privacy/retention';
import { useAssistant } from './PanelStoreProvider';
import { AssistantTabs, type AssistantTab } from './AssistantTabs';
import { ChatComposer } from './ChatComposer';
import { ChatTranscript } from './ChatTranscript';
import { ConnectionBadge } from './ConnectionBadge';
import { PrivacyNotice, PrivacyNoticeProvider } from './PrivacyNotice';
import { usePhoneSheet } from './use-phone-sheet';
import { ScreenShareTab } from './screen/ScreenShareTab';
import { VoiceTab } from './voice/VoiceTab';

const TABS: readonly AssistantTab[] = [
  {
    id: 'chat',
    label: 'Chat',
    content: (
      <>
        <ChatTranscript />
        <ChatComposer autoFocus />
      </>
    ),
  },
  {
    id: 'voice',
    label: 'Voz',
    content: ({ active, activate }) => <VoiceTab active={active} onUseChat={() => activate('chat')} />,
  },
  { id: 'screen', label: 'Compartir pantalla', shortLabel: 'Pantalla', content: <ScreenShareTab /> },
];

export default function AssistantPanel({
  id,
  privacy,
  onClose,
  onErase,
}: {
  id: string;
  privacy: PrivacyFacts;
  onClose: () => void;
  /** «Borrar mi conversación»: erase everywhere and close, as «Cerrar y borrar» does. */
  onErase: () => void;
}) {
  const titleId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const open = useAssistant((state) => state.open);
  const reset = useAssistant((state) => state.reset);
  const [noticeShown, setNoticeShown] = useState(false);
  // Focus goes back to whatever opened the notice.
  const opener = useRef<HTMLElement | null>(null);
  const notice = useMemo(
    () => ({
      facts: privacy,
      show: () => {
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setNoticeShown(true);
      },
    }),
    [privacy],
  );
  const hideNotice = () => {
    setNoticeShown(false);
    // After the tabs are shown again: a hidden element cannot take focus.
    requestAnimationFrame(() => opener.current?.focus());
  };
  const announcement = useAssistant((state) => state.announcement);
  const announcementCount = useAssistant((state) => state.announcementCount);

  useEffect(() => {
    open();
  }, [open]);

  usePhoneSheet(panelRef);

  return (
    <section
      ref={panelRef}
      id={id}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-testid="assistant-panel"
      onKeyDown={(event) => {
        // Minimises: a reflex press must not erase the conversation (the launcher offers «Cerrar y borrar»).
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
      className="fixed inset-x-0 top-[var(--sheet-top,0px)] z-50 flex h-[var(--sheet-height,100dvh)] flex-col bg-surface text-ink shadow-card sm:inset-auto sm:right-4 sm:bottom-4 sm:h-[min(40rem,calc(100dvh-2rem))] sm:w-[26rem] sm:rounded-card sm:border sm:border-line"
    >
      <header className="on-dark flex items-center gap-2 bg-dian-blue px-3 pt-[max(0.5rem,env(safe-area-inset-top))] pb-2 text-white sm:rounded-t-card">
        <div className="min-w-0 flex-1">
          <h2 id={titleId} className="truncate text-base leading-tight font-bold">
            Asistente Virtual DIAN
          </h2>
          <ConnectionBadge />
        </div>
        <button
          type="button"
          onClick={reset}
          data-testid="assistant-reset"
          className="min-h-touch shrink-0 rounded-md px-2 text-sm font-semibold underline-offset-2 hover:underline"
        >
          {/* On phones "conversación" is left to screen readers so the title keeps its one line. */}
          Nueva<span className="max-sm:sr-only"> conversación</span>
        </button>
        <button
          type="button"
          onClick={onClose}
          aria-label="Cerrar asistente"
          data-testid="assistant-close"
          className="flex size-touch items-center justify-center rounded-md text-2xl leading-none hover:bg-dian-blue-dark"
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <PrivacyNoticeProvider value={notice}>
        {/* Hidden, not unmounted: a screen share or a half-typed question survives reading the notice. */}
        <div className="contents" hidden={noticeShown}>
          <AssistantTabs label="Formas de usar el asistente" tabs={TABS} />
        </div>
        {noticeShown && <PrivacyNotice onBack={hideNotice} onErase={onErase} />}
      </PrivacyNoticeProvider>
      <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="assistant-announcer">
        {/* A new node per announcement: screen readers then read a repeated text again. */}
        <p key={announcementCount}>{announcement}</p>
      </div>
    </section>
  );
}
