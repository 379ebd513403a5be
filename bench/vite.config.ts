// Builds the reference pages (plain cytoscape, sigma, and the input-to-frame floor) the benchmark runs beside the app.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const here = import.meta.dirname;
export default defineConfig({
  root: resolve(here, 'reference'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '.dist-reference'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    target: 'es2022',
    rollupOptions: {
      input: {
        cytoscape: resolve(here, 'reference/cytoscape.html'),
        sigma: resolve(here, 'reference/sigma.html'),
        floor: resolve(here, 'reference/floor.html'),
        lint: resolve(here, 'reference/lint.html'),
      },
    },
  },
});
