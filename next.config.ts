import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The custom server (server.ts) is compiled separately; standalone output cannot trace it.
  typedRoutes: false,
};

export default nextConfig;
