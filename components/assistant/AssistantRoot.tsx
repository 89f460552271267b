'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { PrivacyFacts } from '@/lib/privacy/retention';
import { AssistantLoading } from './AssistantLoading';
import { ChatBubbleIcon } from './icons';
import { LAUNCHER_ID, OPEN_ASSISTANT_EVENT } from './launcher-events';

// The page ships only this launcher: the store, transports, zod schemas, panel and markdown renderer load
// when someone first opens the assistant (bench/ measures the difference).
const AssistantSession = dynamic(() => import('./AssistantSession'), {
  ssr: false,
  loading: AssistantLoading,
});

export const PANEL_ID = 'asistente-virtual';

const MINIMISED_KEPT =
  'Asistente minimizado. Tu conversación sigue abierta; para borrarla, usa «Cerrar y borrar».';
const MINIMISED_EMPTY = 'Asistente cerrado.';
const ERASED = 'Conversación borrada. El asistente está cerrado.';

/**
 * `webSocket`: whether the server that rendered the page answers WebSocket upgrades (false under `next
 * start`); `privacy`: what its configuration keeps, for the privacy notice.
 */
export function AssistantRoot({ webSocket, privacy }: { webSocket: boolean; privacy: PrivacyFacts }) {
  const [open, setOpen] = useState(false);
  // Set on the first open and never cleared: the loaded code and its store stay for later opens.
  const [started, setStarted] = useState(false);
  // Whether the closed panel keeps a conversation (reported by the session, which owns the store).
  const [kept, setKept] = useState(false);
  // The panel's own live region leaves with it: what happened on closing is said from here.
  const [announcement, setAnnouncement] = useState('');
  const launcherRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // The open panel was closed by erasing its conversation: that, not "minimised", is what to say.
  const erased = useRef(false);

  useEffect(() => {
    // Focus goes back to the launcher only after a close, never on the first render. This runs after the
    // panel's clean-up has lifted `inert` from the page, so the announcement below is not swallowed.
    if (wasOpen.current && !open) {
      launcherRef.current?.focus();
      setAnnouncement(erased.current ? ERASED : kept ? MINIMISED_KEPT : MINIMISED_EMPTY);
      erased.current = false;
    }
    if (open && !wasOpen.current) setAnnouncement('');
    wasOpen.current = open;
    // `kept` changes while the panel is open or closed; only a change of `open` acts.
  }, [open, kept]);

  useEffect(() => {
    const openFromSkipLink = () => {
      setStarted(true);
      setOpen(true);
      // Already open: the panel keeps its state, so take focus back to where a question is typed.
      const panel = document.getElementById(PANEL_ID);
      const target =
        panel?.querySelector<HTMLElement>('textarea') ??
        panel?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
      target?.focus();
    };
    window.addEventListener(OPEN_ASSISTANT_EVENT, openFromSkipLink);
    return () => window.removeEventListener(OPEN_ASSISTANT_EVENT, openFromSkipLink);
  }, []);

  return (
    <>
      <div className="fixed right-[max(1rem,env(safe-area-inset-right))] bottom-[max(1rem,env(safe-area-inset-bottom))] z-40 flex flex-col items-end gap-2">
        {started && (
          <AssistantSession
            id={PANEL_ID}
            open={open}
            webSocket={webSocket}
            privacy={privacy}
            onClose={() => setOpen(false)}
            onKeptChange={setKept}
            onErased={() => {
              if (open) {
                erased.current = true;
                setOpen(false);
                return;
              }
              setAnnouncement(ERASED);
              launcherRef.current?.focus();
            }}
          />
        )}
        <button
          ref={launcherRef}
          id={LAUNCHER_ID}
          type="button"
          hidden={open}
          data-testid="assistant-launcher"
          aria-controls={PANEL_ID}
          aria-expanded={open}
          onClick={() => {
            setStarted(true);
            setOpen(true);
          }}
          className="focus-halo flex min-h-launcher items-center gap-2 rounded-full border-2 border-dian-blue-dark bg-dian-yellow px-5 text-left font-semibold text-dian-blue-dark shadow-card hover:bg-dian-yellow-soft"
        >
          <ChatBubbleIcon />
          <span className="flex flex-col leading-tight">
            Asistente virtual
            {kept && <span className="text-xs font-medium">Conversación en curso</span>}
          </span>
        </button>
      </div>
      <p role="status" className="sr-only" data-testid="launcher-announcer">
        {announcement}
      </p>
    </>
  );
}
