import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layer table (docs/architecture.md draws it): which folder may import which. Everything
 * not listed is refused, so a new layer or a new edge is a decision made here.
 */
export const layers = {
  core: ['core'],
  contract: ['core'],
  store: ['core'],
  importers: ['core'],
  pdf: ['core', 'contract'],
  jobs: ['core', 'importers'],
  service: ['core', 'contract', 'store', 'importers', 'pdf', 'jobs'],
  host: ['core', 'contract', 'service'],
  cli: ['core', 'contract', 'service', 'store', 'importers'],
  electron: ['core', 'contract', 'service', 'store'],
  preload: ['contract'],
  renderer: ['core', 'contract'],
};

/**
 * The only third-party packages the pure core may use: none touches Node, the DOM or a file.
 * schema-dts is types only (schema.org's vocabulary), imported with `import type`.
 */
export const coreDependencies = [
  'zod',
  'markdown-it',
  'diff-match-patch',
  'approx-string-match',
  'schema-dts',
  'snowball-stemmers',
  'stopword',
];

/** Packages that only some layers may use. */
const restrictedPackages = {
  electron: ['electron', 'preload'],
  'better-sqlite3': ['store', 'cli', 'electron', 'service'],
  react: ['renderer'],
  'react-dom': ['renderer'],
  'monaco-editor': ['renderer'],
};

const layerElements = Object.keys(layers).map((type) => ({
  type,
  pattern: type === 'renderer' ? 'src-renderer' : `src-main/${type}`,
}));

const layerPolicies = Object.entries(layers).map(([type, allowed]) => ({
  from: { element: { type } },
  allow: { to: { element: { types: { anyOf: [type, ...allowed] } } } },
}));

const externalPolicies = [
  {
    from: { element: { types: { anyOf: ['core', 'contract', 'renderer'] } } },
    disallow: { to: { module: { origin: 'core' } } },
    message: 'core, contract and the renderer run in the browser too: no Node built-ins.',
  },
  {
    from: { element: { types: { anyOf: ['core', 'contract'] } } },
    disallow: {
      to: { module: { origin: 'external', source: `!{${coreDependencies.join(',')}}` } },
    },
    message: `core and contract may use only ${coreDependencies.join(', ')}.`,
  },
  ...Object.entries(restrictedPackages).map(([source, users]) => ({
    from: { element: { types: { noneOf: users } } },
    disallow: { to: { module: { origin: 'external', source } } },
    message: `Only ${users.join(', ')} may import ${source}.`,
  })),
];

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', '.electron-native', 'test-results', 'playwright-report'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.main.json', './tsconfig.renderer.json', './tsconfig.tests.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts', 'src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layerElements,
      'boundaries/include': ['src-main/**', 'src-renderer/**'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          checkUnknownLocals: true,
          policies: [
            ...layerPolicies,
            {
              from: { element: { types: { anyOf: Object.keys(layers) } } },
              allow: { to: { module: [{ origin: 'external' }, { origin: 'core' }] } },
            },
            ...externalPolicies,
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**'],
    ignores: ['src-main/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='prepare']",
          message: 'SQL lives only in src-main/store.',
        },
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
