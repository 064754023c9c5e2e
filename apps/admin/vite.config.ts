import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

// The API and its .env live at the repository root; the console only needs to know the port.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, repoRoot, '');
  const apiTarget = `http://127.0.0.1:${env.API_PORT || '4000'}`;

  return {
    // The API serves the built console under /admin/, so every asset URL must carry that prefix.
    base: '/admin/',
    plugins: [react()],
    server: {
      proxy: {
        '/graphql': { target: apiTarget, ws: true },
        '/api': { target: apiTarget },
      },
    },
    build: {
      sourcemap: true,
      rolldownOptions: {
        output: {
          // Libraries change far less often than the console, so they get their own cached chunks.
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)/ },
              { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs)/ },
            ],
          },
        },
      },
    },
  };
});
