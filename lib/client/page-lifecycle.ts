/** The browser objects page-lifecycle tracking listens to; plain EventTargets in unit tests. */
export interface PageLifecycleTarget {
  window: EventTarget;
  document: EventTarget & { readonly visibilityState: string };
  now?: () => number;
}

export interface PageLifecycleHandlers {
  /** The page is visible again after `hiddenMs` (Infinity when restored from the back/forward cache). */
  onReturn(hiddenMs: number): void;
  /** The page is being hidden for navigation or bfcache: release the socket so the cache can keep it. */
  onLeave(): void;
  /** The device reports a network again. */
  onOnline(): void;
  /**
   * The device reports no network. Browsers close neither a WebSocket nor an EventSource then: both die
   * silently, seconds or minutes later, while the panel would still say "Conectado".
   */
  onOffline(): void;
}

/**
 * Mobile browsers kill sockets when the screen locks, often without a `close` event, and restore pages from
 * the back/forward cache with `pageshow`. These are the moments a client should check its connection.
 */
export function watchPageLifecycle(target: PageLifecycleTarget, handlers: PageLifecycleHandlers): () => void {
  const now = target.now ?? Date.now;
  let hiddenAt: number | undefined;
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') {
      hiddenAt = now();
      return;
    }
    const hiddenMs = hiddenAt === undefined ? 0 : now() - hiddenAt;
    hiddenAt = undefined;
    handlers.onReturn(hiddenMs);
  };
  const onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) handlers.onReturn(Number.POSITIVE_INFINITY);
  };
  const onPageHide = () => handlers.onLeave();
  const onOnline = () => handlers.onOnline();
  const onOffline = () => handlers.onOffline();

  target.document.addEventListener('visibilitychange', onVisibility);
  target.window.addEventListener('pageshow', onPageShow);
  target.window.addEventListener('pagehide', onPageHide);
  target.window.addEventListener('online', onOnline);
  target.window.addEventListener('offline', onOffline);
  return () => {
    target.document.removeEventListener('visibilitychange', onVisibility);
    target.window.removeEventListener('pageshow', onPageShow);
    target.window.removeEventListener('pagehide', onPageHide);
    target.window.removeEventListener('online', onOnline);
    target.window.removeEventListener('offline', onOffline);
  };
}
