import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dev server injects an inline script (React Refresh) and <style> elements (CSS imports),
 * which the page's strict CSP forbids. Relax it for `vite` (serve) only; builds keep it strict.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'switchover:relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace('connect-src', 'connect-src ws://localhost:*');
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./src-renderer', import.meta.url)),
  // Relative URLs: the Electron shell loads the files from app://, the bridge serves them at /.
  base: './',
  plugins: [react(), relaxCspForDevServer()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The polyfill would be an inline <script>, which the CSP (script-src 'self') blocks.
    modulePreload: { polyfill: false },
  },
});
