'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { AssistantLoading } from './AssistantLoading';

// The page ships only this launcher: the store, transports, zod schemas, panel and markdown renderer load
// when someone first opens the assistant (bench/ measures the difference).
const AssistantSession = dynamic(() => import('./AssistantSession'), {
  ssr: false,
  loading: AssistantLoading,
});

export const PANEL_ID = 'asistente-virtual';

/** `webSocket`: whether the server that rendered the page answers WebSocket upgrades (false under `next start`). */
export function AssistantRoot({ webSocket }: { webSocket: boolean }) {
  const [open, setOpen] = useState(false);
  // Set on the first open and never cleared: the loaded code and its store stay for later opens.
  const [started, setStarted] = useState(false);
  const launcherRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    // Focus goes back to the launcher only after a close, never on the first render.
    if (wasOpen.current && !open) launcherRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <>
      <button
        ref={launcherRef}
        type="button"
        hidden={open}
        data-testid="assistant-launcher"
        aria-controls={PANEL_ID}
        aria-expanded={open}
        onClick={() => {
          setStarted(true);
          setOpen(true);
        }}
        className="fixed right-[max(1rem,env(safe-area-inset-right))] bottom-[max(1rem,env(safe-area-inset-bottom))] z-40 flex min-h-launcher items-center gap-2 rounded-full border-2 border-dian-blue-dark bg-dian-yellow px-5 font-semibold text-dian-blue-dark shadow-card hover:bg-dian-yellow-soft"
      >
        <span aria-hidden="true" className="text-xl">
          💬
        </span>
        Asistente virtual
      </button>
      {started && (
        <AssistantSession id={PANEL_ID} open={open} webSocket={webSocket} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
