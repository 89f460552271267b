import type { NextConfig } from 'next';
import { STATIC_SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The custom server (server.ts) is compiled separately; standalone output cannot trace it.
  typedRoutes: false,
  // `npm test` has just type-checked the whole tree with tsc (and the server by compiling it), so its build
  // skips Next's own pass over the same files; a plain `npm run build` still checks.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
  async headers() {
    return [{ source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
