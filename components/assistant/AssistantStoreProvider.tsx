'use client';

// First: configures zod for the CSP before any client module parses with it.
import '@/lib/client/strict-csp';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createAssistantStore, type AssistantState, type AssistantStore } from '@/lib/client/assistant-store';
import { assistantSocketUrl, WebSocketTransport } from '@/lib/client/ws-transport';

const AssistantStoreContext = createContext<AssistantStore | null>(null);

export function AssistantStoreProvider({ children }: { children: ReactNode }) {
  // One store per mounted provider: state never leaks between renders of different pages or tests.
  const [store] = useState(() =>
    createAssistantStore(
      (listener) =>
        new WebSocketTransport({
          url: assistantSocketUrl(window.location),
          listener,
          page: { window, document },
        }),
    ),
  );
  return <AssistantStoreContext.Provider value={store}>{children}</AssistantStoreContext.Provider>;
}

/** The store itself, for effects that react to changes (e.g. speaking a finished answer) without re-rendering. */
export function useAssistantStoreApi(): AssistantStore {
  const store = useContext(AssistantStoreContext);
  if (!store) throw new Error('useAssistant must be used inside <AssistantStoreProvider>');
  return store;
}

export function useAssistant<T>(selector: (state: AssistantState) => T): T {
  return useStore(useAssistantStoreApi(), selector);
}
