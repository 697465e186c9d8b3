// ESLint (flat config): typescript-eslint's recommended rules plus the project's shape:
// src/model stays pure (no vscode, no Node built-ins, nothing outside src/model), the layers
// import only downwards, no import cycles, no file over 400 lines, no default exports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'util',
  'url',
  'http',
  'https',
  'net',
  'stream',
  'zlib',
  'worker_threads',
  'events',
  'buffer',
].flatMap(m => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  { files: ['**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.vscode-test/**',
      'test-results/**',
      'test/fixtures/**',
      'bench/data/**',
      'examples/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // the dependency graph (no-cycle) is read with the TypeScript parser
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // The layers (docs/architecture.md): each imports only the ones below it.
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/model',
              from: './src',
              except: ['./model'],
              message: 'src/model is pure: it imports nothing from the rest of the extension.',
            },
            {
              target: './src/services',
              from: ['./src/commands', './src/views', './src/providers', './src/extension.ts'],
              message: 'services sit below commands, views and providers.',
            },
            {
              target: './src/providers',
              from: ['./src/views', './src/commands', './src/extension.ts'],
              message: 'providers are thin adapters over the model and services; they import no views or commands.',
            },
            {
              target: './src/commands',
              from: './src/views/*Node*.ts',
              message: 'commands take the entry handle that tree items carry (services/entryHandle), not view classes.',
            },
            {
              target: './src/views',
              from: ['./src/commands', './src/providers', './src/extension.ts'],
              message: 'views import the model and services, not commands or providers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'vscode',
              message: 'src/model never imports vscode: put VS Code code in services, views, providers or commands.',
            },
          ],
          patterns: [{ group: NODE_BUILTINS, message: 'src/model runs in the browser too: no Node built-ins.' }],
        },
      ],
    },
  },
  {
    // Tests are long lists of cases; the size rules are for the product's code.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'max-lines-per-function': 'off', 'max-lines': ['error', { max: 600 }] },
  },
);
