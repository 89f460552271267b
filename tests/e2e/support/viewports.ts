/**
 * Why a test runs on the desktop project only: it checks the server or the protocol (headers, probes,
 * raw SSE, cross-site sockets), which the viewport cannot change, so phone runs would only cost time.
 */
export const PROTOCOL_ONLY = 'protocol-level: the viewport changes nothing, so it runs on the desktop only';
