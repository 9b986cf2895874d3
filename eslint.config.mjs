// Lint keeps the boundaries of docs/architecture.md, so they hold by rule, not by memory.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const noElectron = { name: 'electron', message: 'Alleen electron/ mag Electron gebruiken; de kern draait onder gewone Node.' };
const coreOnly = ['better-sqlite3', 'exceljs', 'docx'].map((name) => ({
  name,
  message: 'De renderer praat alleen via de API-client met de kern.',
}));
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({
  name,
  message: 'De renderer draait in de browser: geen Node-modules.',
}));

// The layers, from the bottom (docs/architecture.md): domain imports nothing of ours; db imports
// domain only; the workers never import db, the service or a shell.
const domainOnlyOwn = {
  regex: '^\\.\\./',
  message: 'Het domein is de onderste laag: het importeert niets anders van ons dan zichzelf.',
};
const dbImportsDomain = {
  regex: '^\\.\\./(?!domain/)',
  message: 'src/db importeert alleen het domein; typen die db bewaart horen in src/domain.',
};
const workerBelowService = {
  group: ['**/db/*', '**/service/*', '**/cli/*', '**/web/*', '**/bench/*'],
  message: 'Een worker gebruikt nooit db, service of een shell: de service geeft hem de gegevens en bewaart wat hij teruggeeft.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-app/**', 'node_modules/**', '.electron-sqlite/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [domainOnlyOwn, { group: ['node:*'], message: 'Het domein is puur: de renderer leest het ook.' }] },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [dbImportsDomain] }] },
  },
  {
    // SQL lives in src/db only (docs/architecture.md): the service composes db functions and
    // never writes a statement itself. A transaction around db calls is fine.
    files: ['src/service/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['prepare', 'exec', 'pragma'].map((method) => ({
          selector: `CallExpression[callee.type='MemberExpression'][callee.object.name='db'][callee.property.name='${method}']`,
          message: 'SQL hoort in src/db: roep daar een functie aan in plaats van db.' + method + '(…) in de service.',
        })),
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='prepare']",
          message: 'SQL hoort in src/db: de service roept geen .prepare(…) aan.',
        },
      ],
    },
  },
  {
    files: ['src/{imports,requests,bundle,accountability,reports,chasing}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [workerBelowService] }] },
  },
  {
    // A worker (docs/architecture.md): the agreement-set reader imports domain only, plus the
    // zip and cell readers it shares with the imports; never db, service, shells or another worker.
    files: ['src/agreement-sets/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            {
              group: ['**/db/*', '**/service/*', '**/cli/*', '**/web/*', '**/bundle/*', '**/accountability/*', '**/reports/*', '**/requests/*', '**/imports/*', '!**/imports/zip', '!**/imports/cell-text'],
              message: 'Een worker gebruikt alleen het domein (en de zip- en cellezer); de service geeft hem de gegevens en bewaart wat hij teruggeeft.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...coreOnly, ...nodeBuiltins],
          patterns: [
            { group: ['node:*'], message: 'De renderer draait in de browser: geen Node-modules.' },
            { group: ['**/src/db/*', '**/src/service/service*'], message: 'De renderer gebruikt alleen het contract (import type) en pure domeinregels.' },
            { group: ['**/src/reports/*'], message: 'De renderer leest de woorden uit het domein (joint-overview-wording.ts, stoplight.ts), niet uit de Word- en Excel-schrijvers.' },
            // At run time the renderer takes pure functions from src/domain only; anything else of the
            // core (the contract's types, a worker's types) it may name with `import type`. (db, the
            // service object and the report writers are refused whole, types too, by the rules above.)
            {
              regex: '^(\\.\\./)+src/(?!domain/|db/|reports/|service/service)',
              allowTypeImports: true,
              message: 'De renderer importeert van de kern alleen pure domeinregels (src/domain); de rest krijgt hij van de service, met import type voor de typen.',
            },
          ],
        },
      ],
    },
  },
  {
    // The desktop guards are pure and tested under Node: only main and preload
    // may touch Electron at runtime; the others take its types only.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', allowTypeImports: true, message: 'Houd deze module puur: Electron-aanroepen horen in main.ts en worden ingespoten.' }] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
