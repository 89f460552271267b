/**
 * Security headers for every page. The CSP uses a per-request nonce (set by proxy.ts) so that no inline
 * script runs unless Next rendered it for this very response: no `unsafe-inline` for scripts or styles in
 * production. Development adds what React's dev tooling needs (`unsafe-eval`, inline styles).
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    // 'self' covers the same-origin WebSocket (ws:/wss:) in CSP Level 3 browsers.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/** The same on every response, so they live in next.config.ts rather than in the per-request proxy. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Only the microphone (Voz) and screen capture (Compartir pantalla), and only for this origin.
  {
    key: 'Permissions-Policy',
    value:
      'microphone=(self), display-capture=(self), camera=(), geolocation=(), payment=(), usb=(), ' +
      'interest-cohort=()',
  },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // For browsers that predate CSP frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
