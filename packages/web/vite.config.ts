import { defaultClientConditions, defineConfig } from 'vite';

/**
 * The engine is bundled from its TypeScript sources (the `source` export condition), so the app
 * runs exactly the code the tests run, and the model ships inside a lazily loaded chunk.
 * React's JSX is compiled by esbuild's automatic runtime; no React plugin is needed.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The engine chunk carries the model (a few MB); it loads after first paint, so its size is expected.
    chunkSizeWarningLimit: 16_000,
    rollupOptions: {
      output: {
        // One named chunk for the engine and its model, fetched by the dynamic import after first paint.
        manualChunks: (id) => (id.includes('/packages/engine/') ? 'engine' : undefined),
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:8080' } },
});
