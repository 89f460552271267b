import { z } from 'zod';

/*
 * Zod probes `new Function` to compile faster parsers. Under this site's CSP (no `unsafe-eval`) the probe
 * is blocked and, although zod catches it, the browser still reports a CSP violation on every page load.
 * Imported for this side effect before the browser parses anything with zod.
 */
z.config({ jitless: true });
