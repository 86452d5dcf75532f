// One lint setup for the whole repository. Type-aware rules, zero warnings in CI, and the
// dependency direction of docs/ARCHITECTURE.md enforced as rules rather than prose.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'child_process',
  'url',
  'stream',
  'zlib',
  'util',
  'worker_threads',
];
const dbDrivers = [
  'drizzle-orm',
  'drizzle-orm/*',
  'pg',
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
];
const apps = [
  '@gongyeyun/server',
  '@gongyeyun/server/*',
  '@gongyeyun/web',
  '@gongyeyun/web/*',
  '**/apps/**',
];

/** @param {{group: string[], message: string}[]} patterns */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'packages/db/migrations/**',
      'bench/out/**',
      'e2e/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Fastify handlers and hooks are async by contract, with or without an await inside.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Name what a module exports; no `export *`.' },
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
      ],
      ...restrict([
        { group: apps, message: 'Nothing imports from apps/*.' },
        { group: dbDrivers, message: 'Drizzle and database drivers live in packages/db only.' },
      ]),
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Benchmarks set the product beside the database's own limits (a raw COPY, pgbench), so
    // they may speak to the database directly; they still never import from apps/*.
    files: ['bench/**'],
    rules: restrict([{ group: apps, message: 'Nothing imports from apps/*.' }]),
  },
  {
    files: ['packages/core/**'],
    ignores: ['packages/core/**/*.test.ts'],
    rules: restrict([
      { group: nodeBuiltins, message: 'packages/core is pure: no I/O, no node:* modules.' },
      {
        group: ['@gongyeyun/*', ...dbDrivers, 'zod', 'fastify', 'react'],
        message: 'packages/core depends on nothing.',
      },
    ]),
  },
  {
    files: ['packages/contract/**'],
    rules: restrict([
      {
        group: nodeBuiltins,
        message: 'packages/contract is shared with the browser: no node:* modules.',
      },
      {
        group: ['@gongyeyun/db', '@gongyeyun/db/*', ...apps, ...dbDrivers],
        message: 'contract depends on zod and core only.',
      },
    ]),
  },
  {
    files: ['packages/db/**'],
    rules: restrict([
      {
        group: ['@gongyeyun/contract', '@gongyeyun/contract/*', ...apps],
        message: 'db depends on core (types) only.',
      },
    ]),
  },
  {
    files: ['apps/web/**'],
    rules: restrict([
      { group: nodeBuiltins, message: 'The web app runs in the browser.' },
      {
        group: [
          '@gongyeyun/db',
          '@gongyeyun/db/*',
          ...dbDrivers,
          '@gongyeyun/server',
          '@gongyeyun/server/*',
        ],
        message: 'web depends on contract and core only.',
      },
    ]),
  },
  {
    files: ['apps/server/src/**/*.routes.ts'],
    rules: restrict([
      { group: apps, message: 'Nothing imports from apps/*.' },
      {
        group: [...dbDrivers, '**/*.repository', '@gongyeyun/db'],
        message: 'Routes call services; they never touch the database.',
      },
    ]),
  },
  prettier,
);
