/**
 * The tag of a test whose outcome a phone changes: its size, touch instead of a keyboard, the on-screen
 * keyboard, a locked screen, a browser without getDisplayMedia. The phone projects run only these
 * (`playwright.config.ts`); everything else (the server, the protocol, the answers, the panel's logic)
 * is the same code on any viewport and runs on the desktop alone.
 */
export const PHONE = { tag: '@phone' } as const;
