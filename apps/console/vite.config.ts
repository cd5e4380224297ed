import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The API server (apps/server) in development; in production it serves dist/ itself.
const API_TARGET = process.env.DESK_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: {
    // vue-i18n esm-bundler feature flags: composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    port: 5173,
    proxy: {
      // HTTP queries/mutations and the graphql-ws subscriptions share the path (API.md "Transport").
      '/graphql': { target: API_TARGET, changeOrigin: true, ws: true },
      '/healthz': { target: API_TARGET, changeOrigin: true },
      // Resumable uploads and downloads of ticket files (tus), same origin like /graphql.
      '/files': { target: API_TARGET, changeOrigin: true },
      // Certified updates, firmware and documents of the product catalog (SVC-2, SVC-4).
      '/catalog': { target: API_TARGET, changeOrigin: true },
      // SLA-9 exports: the report and its ticket lists (CSV, XLSX), a customer's monthly statement (PDF).
      '/exports': { target: API_TARGET, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 900,
  },
});
