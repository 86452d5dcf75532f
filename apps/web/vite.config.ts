import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Vendor code needed at start goes into long-cached chunks (React, the antd core, the rest);
// route pages are lazy-loaded, and the antd components only they use travel with them.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // core and contract are pure (constants, functions, zod schemas). Saying so lets what only
      // lazy pages use of them (USCC tables, the registry's schemas) travel with those pages
      // instead of being pulled into the first load through the packages' index files.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]packages[\\/](core|contract)[\\/]src[\\/]/, sideEffects: false },
        ],
      },
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie)[\\/]/,
              priority: 3,
            },
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion)[\\/]/,
              tags: ['$initial'],
              priority: 2,
            },
            {
              name: 'vendor',
              test: /node_modules[\\/]/,
              tags: ['$initial'],
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
