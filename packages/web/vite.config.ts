import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  // Preact runs the React code in the browser: React DOM alone was 58 KB of every first page
  // on a worker's phone, Preact with its compat layer is 10 KB (packages/server/bench/README.md, bench:web).
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      // The server's CSP forbids inline scripts, so the registration must be a file.
      injectRegister: 'script-defer',
      includeAssets: ['icon.svg'],
      manifest: {
        name: '寄り添い — 働く人の保健室',
        short_name: '寄り添い',
        description:
          '看護師・保健師・助産師に24時間相談できる、働く人とその家族のための保健室です。',
        lang: 'ja',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0f766e',
        background_color: '#faf8f4',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Only the app shell is precached: the page, styles, icons and the entry script. A
        // page's code is cached when the person first opens it (hashed files, never
        // changed), so a worker's phone never holds the staff screens or the charts.
        // Nothing under /api is ever cached: consultation data must not be left behind
        // on a shared or lost phone.
        globPatterns: ['**/*.{css,html,svg,png,webmanifest}', 'assets/index-*.js'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/socket\.io\//],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'yorisoi-assets',
              expiration: { maxEntries: 150, maxAgeSeconds: 60 * 60 * 24 * 90 },
            },
          },
        ],
        cleanupOutdatedCaches: true,
        // push and notificationclick handlers (public/push-sw.js)
        importScripts: ['/push-sw.js'],
      },
    }),
  ],
  server: {
    proxy: {
      '/api': apiServer,
      '/socket.io': { target: apiServer, ws: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
