/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const backend = process.env.SKILLGAP_BACKEND_URL ?? 'http://localhost:8080'
const proxied = ['/api', '/v3', '/swagger-ui', '/actuator']

// https://vite.dev/config/
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    proxy: Object.fromEntries(
      proxied.map((path) => [path, { target: backend, changeOrigin: false }]),
    ),
    // the vocabulary test reads the reference data and the server's texts beside the SPA's own
    fs: { allow: ['.', '../db/reference', '../src/main/resources'] },
  },
  build: {
    // The Spring Boot jar serves the SPA from classpath:/static.
    outDir: '../target/classes/static',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|@tabler)[\\/]/ },
            {
              // recharts and its dependencies (charts on the roles and fit pages)
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-[\w-]+|victory-vendor|@reduxjs|react-redux|redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3)[\\/]/,
            },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/testing/setup.ts'],
    // The test files of a worker share one jsdom and one module graph, instead of loading React,
    // Mantine and the app again for each file (a third of the CPU time); setup.ts resets what a test
    // can leave behind (storage, cookies, language, notifications, stubbed globals, mocks).
    isolate: false,
    // findBy*/waitFor wait up to 5 s (src/testing/setup.ts): leave a test room beyond that
    testTimeout: 15_000,
    restoreMocks: true,
  },
})
