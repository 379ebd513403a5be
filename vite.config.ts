import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { noTestHooks } from './scripts/noTestHooks';

// The built app runs no inline or remote script, so a strict policy costs nothing and stops injected markup
// from running. Only for builds: the dev server's hot reload needs inline scripts.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self' https: http: blob: data:; object-src 'none'; base-uri 'none'; form-action 'none'";

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), noTestHooks()],
  base: './',
  build: {
    // cytoscape and its layout extensions are one large chunk by nature; split them from the app code.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks: (id) =>
          id.includes('node_modules/cytoscape') ||
          id.includes('node_modules/dagre') ||
          id.includes('node_modules/cose-base') ||
          id.includes('node_modules/layout-base')
            ? 'cytoscape'
            : undefined,
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // One PostgreSQL cluster per run for the store tests, started only if one of them runs (server/testing).
    globalSetup: ['server/testing/postgresGlobalSetup.ts'],
    // A guard against a hung test, not a speed goal (those live in the bench): the property and fuzz tests run
    // thousands of cases, and a machine shared with other work can take several times its usual time.
    testTimeout: 30_000,
  },
});
