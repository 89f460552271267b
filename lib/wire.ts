/**
 * The names both ends of the assistant's wire spell the same way: paths, header, subprotocol, close codes.
 * The server and the browser import them from here, so neither side mirrors the other by hand
 * (docs/protocol.md describes what travels under them).
 */

/** The seed's WebSocket path; clients written for it may leave out the trailing slash. */
export const ASSISTANT_WS_PATH = '/ws/assistant/';
export const ASSISTANT_WS_PATHS: ReadonlySet<string> = new Set([ASSISTANT_WS_PATH, '/ws/assistant']);
/** The WebSocket subprotocol that selects protocol v2; without it a connection speaks the seed's v1. */
export const PROTOCOL_V2 = 'dian-assistant.v2';

/** GET opens the event stream (Server-Sent Events); POST sends one client event. */
export const ASSISTANT_HTTP_PATH = '/api/assistant';
/** Names the conversation without cookies, for POSTs (the stream follows the cookie's session). */
export const SESSION_TOKEN_HEADER = 'x-assistant-session';

/** Close codes the server sends. */
export const CLOSE_GOING_AWAY = 1001;
export const CLOSE_POLICY_VIOLATION = 1008;
export const CLOSE_TRY_AGAIN_LATER = 1013;
/** The close code of a socket the browser gave up on (timed out, replaced, no longer wanted). */
export const CLOSE_CLIENT_GAVE_UP = 4000;
