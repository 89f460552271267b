'use client';

// First: configures zod for the CSP before any client module parses with it.
import '@/lib/client/strict-csp';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createAssistantStore, type AssistantState, type AssistantStore } from '@/lib/client/assistant-store';
import { tabDoorMemory } from '@/lib/client/door-memory';
import { FallbackTransport } from '@/lib/client/fallback-transport';
import { HttpTransport } from '@/lib/client/http-transport';
import { assistantSocketUrl, WebSocketTransport } from '@/lib/client/ws-transport';

// A WebSocket that has not opened by then is taken for a host without WebSockets (HTTP takes over).
const FIRST_SOCKET_TIMEOUT_MS = 5_000;

// One per page: every panel opened in this tab learns from the sockets tried before it.
const doorMemory = tabDoorMemory(() => window.sessionStorage);

const AssistantStoreContext = createContext<AssistantStore | null>(null);

/**
 * `webSocket` is false when the page came from a server without the WebSocket gateway (`next start`); a
 * build for such hosts can also say so once with NEXT_PUBLIC_ASSISTANT_TRANSPORT=http.
 */
export function AssistantStoreProvider({ children, webSocket }: { children: ReactNode; webSocket: boolean }) {
  // One store per mounted provider: state never leaks between renders of different pages or tests.
  const [store] = useState(() =>
    createAssistantStore(
      (listener) =>
        new FallbackTransport({
          listener,
          mode: webSocket && process.env.NEXT_PUBLIC_ASSISTANT_TRANSPORT !== 'http' ? 'auto' : 'http',
          memory: doorMemory,
          createWebSocket: (socketListener) =>
            new WebSocketTransport({
              url: assistantSocketUrl(window.location),
              listener: socketListener,
              connectTimeoutMs: FIRST_SOCKET_TIMEOUT_MS,
              page: { window, document },
            }),
          createHttp: (httpListener) =>
            new HttpTransport({ listener: httpListener, page: { window, document } }),
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
