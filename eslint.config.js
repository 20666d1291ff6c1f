// ESLint flat config: typescript-eslint's type-checked rules, Prettier owns the formatting, and
// one local rule that keeps the import graph's floors pointing down (docs/architecture.md).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { dirname, relative, resolve } from 'node:path';
import tseslint from 'typescript-eslint';

/** The floors of src/: a file may import its own floor and the ones below, never one above. */
const FLOORS = {
  common: 0,
  config: 0,
  access: 1,
  audit: 2,
  organizations: 2,
  programs: 2,
  cohorts: 2,
  people: 2,
  ventures: 2,
  enrollments: 2,
  users: 2,
  mentoring: 2,
  collaborations: 2,
  'pro-bono': 2,
  events: 2,
  outcomes: 2,
  auth: 3,
  alumni: 3,
  analytics: 3,
  merges: 3,
  imports: 3,
  database: 4,
  graphql: 4,
  demo: 4,
  health: 4,
  console: 4,
};
const WIRING = 5; // files directly in src/, and src/scripts/
const srcRoot = resolve(import.meta.dirname, 'src');
const floorOf = (file) => {
  const [top, ...rest] = relative(srcRoot, file).split('/');
  if (top.startsWith('..') || rest.length === 0) return { name: 'src', floor: WIRING };
  return { name: top, floor: FLOORS[top] ?? WIRING };
};

const floorsRule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { up: '{{from}} (floor {{a}}) must not import {{to}} (floor {{b}}): floors point down.' },
  },
  create(context) {
    const from = floorOf(context.filename);
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = resolve(dirname(context.filename), spec);
      if (relative(srcRoot, target).startsWith('..')) return; // migrations/, package files: not a floor
      const to = floorOf(target);
      if (to.floor > from.floor)
        context.report({ node, messageId: 'up', data: { from: from.name, to: to.name, a: from.floor, b: to.floor } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', '.data/', '.bench-data*/', 'web/dist/', 'web/src/gql/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bench/*.mjs', 'test/fixtures/imports/*.mjs', 'test/fixtures/import-kinds/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    plugins: { local: { rules: { floors: floorsRule } } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Decorated classes (Nest modules, GraphQL models) are legitimately empty or static-only.
      '@typescript-eslint/no-extraneous-class': 'off',
      // A variable read by a callback before its one assignment (main.ts's server) stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // `${number}` in messages and SQL is intended.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'local/floors': 'error',
      // Long units get split along their seams (docs/architecture.md); these are the outer bounds.
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Tests read responses they check as they go; `any` is allowed there, not in src/.
    files: ['test/**/*.ts', 'src/**/*.spec.ts', 'bench/**', '*.js'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Table-driven specs keep every case's \`vars\` async, awaited or not.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The console (web/, its own tsconfig): browser globals, the rules of hooks, the same size bounds.
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    ...reactHooks.configs.flat['recommended-latest'],
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 200, skipBlankLines: true, skipComments: true }],
    },
  },
  // The benchmark's plain .mjs scripts get the untyped rules only.
  { files: ['bench/**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
