// On globalThis because the page is bundled by Next while the custom server is compiled apart: each has its
// own copy of this module, and only the process-wide object is shared between them.
const KEY = Symbol.for('dian-assistant.websocket-door');

type Holder = typeof globalThis & { [KEY]?: true };

/** Called by the custom server once its WebSocket door answers upgrades on this process's port. */
export function announceWebSocketDoor(): void {
  (globalThis as Holder)[KEY] = true;
}

/**
 * Whether this process serves the assistant's WebSocket. Under `next start` (or a Vercel-like host) nothing
 * answers the upgrade, so the page sends its panel straight to HTTP instead of waiting for a socket to fail.
 */
export function servesWebSocketDoor(): boolean {
  return (globalThis as Holder)[KEY] === true;
}
