/**
 * Cross-site WebSocket hijacking defence. Browsers always send Origin on a WebSocket handshake, so a
 * request without one comes from a non-browser client (which could forge any header anyway) and is let
 * through. With no allow-list configured, only the page's own origin (same host) may connect.
 */
export function isOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowList: readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (allowList.length > 0) return allowList.includes(origin);
  if (!host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.toLowerCase();
  } catch {
    return false;
  }
}
