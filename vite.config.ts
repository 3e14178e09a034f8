import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/** The web app lives in src/web; the server serves the build from dist/web. */
export default defineConfig({
  root: `${projectRoot}src/web`,
  plugins: [react()],
  build: {
    // Relative to the project root, not to `root`, so the server finds it at ./dist/web.
    outDir: `${projectRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    // antd is one large library; pages are split by route, the vendor chunk is what it is.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
