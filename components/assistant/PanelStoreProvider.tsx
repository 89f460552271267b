'use client';

// First: configures zod for the CSP before any client module parses with it.
import '@/lib/client/strict-csp';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createPanelStore, type PanelState, type PanelStore } from '@/lib/client/panel-store';
import { tabDoorMemory } from '@/lib/client/door-memory';
import { FallbackTransport } from '@/lib/client/fallback-transport';
import { HttpTransport } from '@/lib/client/http-transport';
import { assistantSocketUrl, WebSocketTransport } from '@/lib/client/ws-transport';

// A WebSocket that has not opened by then is taken for a host without WebSockets (HTTP takes over).
const FIRST_SOCKET_TIMEOUT_MS = 5_000;

// One per page: every panel opened in this tab learns from the sockets tried before it.
const doorMemory = tabDoorMemory(() => window.sessionStorage);

const PanelStoreContext = createContext<PanelStore | null>(null);

/**
 * `webSocket` is false when the page came from a server without the WebSocket gateway (`next start`); a
 * build for such hosts can also say so once with NEXT_PUBLIC_ASSISTANT_TRANSPORT=http.
 */
export function PanelStoreProvider({ children, webSocket }: { children: ReactNode; webSocket: boolean }) {
  // One store per mounted provider: state never leaks between renders of different pages or tests.
  const [store] = useState(() =>
    createPanelStore(
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
  return <PanelStoreContext.Provider value={store}>{children}</PanelStoreContext.Provider>;
}

/** The store itself, for effects that react to changes (e.g. speaking a finished answer) without re-rendering. */
export function usePanelStoreApi(): PanelStore {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('useAssistant must be used inside <PanelStoreProvider>');
  return store;
}

export function useAssistant<T>(selector: (state: PanelState) => T): T {
  return useStore(usePanelStoreApi(), selector);
}
