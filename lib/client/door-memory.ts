/** What a tab has learnt about the WebSocket door, so that the next panel does not wait on it again. */
export interface DoorMemory {
  webSocketFailed(): boolean;
  rememberWebSocketFailed(): void;
}

const STORAGE_KEY = 'dian-asistente.websocket-fallido';

/**
 * Remembered for the tab (sessionStorage, so a reload keeps it and a new tab tries again); in memory too,
 * because storage can be disabled or full and the same page must still learn once.
 */
export function tabDoorMemory(storage: () => Pick<Storage, 'getItem' | 'setItem'>): DoorMemory {
  let failed = false;
  return {
    webSocketFailed() {
      if (failed) return true;
      try {
        failed = storage().getItem(STORAGE_KEY) === '1';
      } catch {
        // Storage refused (privacy mode, sandboxed frame): only this page's memory counts.
      }
      return failed;
    },
    rememberWebSocketFailed() {
      failed = true;
      try {
        storage().setItem(STORAGE_KEY, '1');
      } catch {
        // As above: the page still remembers.
      }
    },
  };
}
