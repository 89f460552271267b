'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { AssistantStoreProvider } from './AssistantStoreProvider';

// The panel (markdown renderer included) loads only when someone opens it, keeping the page light.
const AssistantPanel = dynamic(() => import('./AssistantPanel'), { ssr: false });

export const PANEL_ID = 'asistente-virtual';

export function AssistantRoot() {
  const [open, setOpen] = useState(false);
  const launcherRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    // Focus goes back to the launcher only after a close, never on the first render.
    if (wasOpen.current && !open) launcherRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <AssistantStoreProvider>
      <button
        ref={launcherRef}
        type="button"
        hidden={open}
        data-testid="assistant-launcher"
        aria-controls={PANEL_ID}
        aria-expanded={open}
        onClick={() => setOpen(true)}
        className="fixed right-[max(1rem,env(safe-area-inset-right))] bottom-[max(1rem,env(safe-area-inset-bottom))] z-40 flex min-h-launcher items-center gap-2 rounded-full border-2 border-dian-blue-dark bg-dian-yellow px-5 font-semibold text-dian-blue-dark shadow-card hover:bg-dian-yellow-soft"
      >
        <span aria-hidden="true" className="text-xl">
          💬
        </span>
        Asistente virtual
      </button>
      {open && <AssistantPanel id={PANEL_ID} onClose={() => setOpen(false)} />}
    </AssistantStoreProvider>
  );
}
