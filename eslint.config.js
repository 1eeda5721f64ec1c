import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules', '**/dist', 'data', '.test-data', 'packages/server/drizzle'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The web app talks to the server only through the shared contract.
      'no-restricted-imports': [
        'error',
        { patterns: ['@yorisoi/server', '@yorisoi/server/*', '**/server/src/**'] },
      ],
    },
  },
  {
    files: ['packages/shared/**/*.ts', 'packages/deidentify/**/*.ts'],
    rules: {
      // Shared code is pure: it may not reach into the server or the web app.
      'no-restricted-imports': [
        'error',
        { patterns: ['@yorisoi/server', '@yorisoi/web', '**/server/src/**', '**/web/src/**'] },
      ],
    },
  },
);
