import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronOnly = {
  name: 'electron',
  message: 'Only src-main/electron and src-main/preload may import electron.',
};

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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnly] }],
    },
  },
  {
    files: ['src-main/electron/**', 'src-main/preload/**', 'tests/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-main/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'better-sqlite3',
                'react',
                '**/store/**',
                '**/service/**',
              ],
              message: 'core/ is pure: no Node, no DOM framework, no store.',
            },
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
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            {
              group: [
                '**/src-main/store/**',
                '**/src-main/service/**',
                '**/src-main/host/**',
                '**/src-main/cli/**',
                '**/src-main/importers/**',
                'node:*',
                'better-sqlite3',
              ],
              message: 'The renderer imports only core and contract.',
            },
          ],
        },
      ],
    },
  },
);
