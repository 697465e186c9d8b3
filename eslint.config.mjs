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

// A string with words in it, or a template literal with words in its fixed parts.
const WORDS =
  ':matches(Literal[value=/(?<![$][(])\\b[A-Za-z]{2}/], TemplateLiteral:has(TemplateElement[value.raw=/(?<![$][(])\\b[A-Za-z]{2}/]))';
const SHOWN_CALLS =
  /^(show(Information|Warning|Error)Message|setStatusBarMessage|showQuickPick|showInputBox|append(Text|Markdown))$/;
const SHOWN_FIELDS =
  /^(title|placeHolder|placeholder|prompt|tooltip|label|description|detail|message|openLabel|text|validationMessage)$/;
// Where text reaches the user: the argument of a call that shows it (notify's too), a field of a pick item, input
// box, lens, tree item or diagnostic, a TreeItem's label (directly or as a
// branch of `?:`, `||` or `+`).
const SHOWN_AT = [
  `CallExpression[callee.property.name=${SHOWN_CALLS}] >`,
  `CallExpression[callee.object.name='notify'] >`,
  `NewExpression[callee.name=/^(MarkdownString|TreeItem|Hover|CodeAction|Diagnostic)$/] >`,
  `NewExpression[callee.property.name=/^(MarkdownString|TreeItem|Hover|CodeAction|Diagnostic)$/] >`,
  `CallExpression[callee.type='Super'] >`,
  `Property[key.name=${SHOWN_FIELDS}] >`,
  `AssignmentExpression[left.property.name=${SHOWN_FIELDS}] >`,
];
const SHOWN_TEXT = [
  ...SHOWN_AT.flatMap(at => [
    `${at} ${WORDS}`,
    `${at} :matches(ConditionalExpression, LogicalExpression, BinaryExpression[operator='+']) > ${WORDS}`,
  ]),
  // the first argument only: a UserError's severity, a status message's icon and a webview's view type are not shown
  `NewExpression[callee.name='UserError'] > ${WORDS}:first-child`,
  `CallExpression[callee.object.name='status'][callee.property.name='flash'] > ${WORDS}:first-child`,
  `CallExpression[callee.property.name='createWebviewPanel'] > ${WORDS}:nth-child(2)`,
];
const UNLOCALISED = 'Text the user sees goes through vscode.l10n.t (README "Localisation").';
// The model's words (src/model, pure: no vscode) go through @vscode/l10n's t. Where they reach the
// user: a problem's or a refusal's message and its related message, a quick fix's title, a card's
// label or sentence, why a link or a client is refused or lost, the errors that actions and the
// import show, a card line's label, a skipped import row. (Not `text` or `title` in general: in the
// model those are YAML written to the file and a blueprint's own title.)
const MODEL_SHOWN_AT = [
  // (a `message` of l10n.t's own { message, args, comment } is the text to look up)
  `Property[key.name=/^(message|label|sentence|refused|why)$/]:not(CallExpression[callee.property.name='t'] > ObjectExpression > Property) >`,
  `Property[key.name='fix'] ObjectExpression > Property[key.name='title'] >`,
  `NewExpression[callee.name=/^(ListEditError|EntryEditError|ExportError)$/] >`,
  `CallExpression[callee.name=/^(line|required|refusal|skip)$/] >`,
];
const MODEL_SHOWN_TEXT = MODEL_SHOWN_AT.flatMap(at => [
  `${at} ${WORDS}`,
  `${at} :matches(ConditionalExpression, LogicalExpression, BinaryExpression[operator='+']) > ${WORDS}`,
]);
const MODEL_UNLOCALISED =
  'The model\'s words go through @vscode/l10n\'s t (docs/architecture.md, README "Localisation").';

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
    // Localisation (README "Localisation"): what the extension shows goes through vscode.l10n.t,
    // so English text written straight into a message, prompt, pick, lens, tree item, status bar
    // or hover is an error. (The model's words go through @vscode/l10n's t: docs/architecture.md.)
    files: ['src/**/*.ts'],
    ignores: ['src/model/**'],
    rules: {
      'no-restricted-syntax': ['error', ...SHOWN_TEXT.map(selector => ({ selector, message: UNLOCALISED }))],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...MODEL_SHOWN_TEXT.map(selector => ({ selector, message: MODEL_UNLOCALISED })),
      ],
    },
  },
  {
    // Tests are long lists of cases; the size rules are for the product's code.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'max-lines-per-function': 'off', 'max-lines': ['error', { max: 600 }] },
  },
);
