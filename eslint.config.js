import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const repositoryOnly = 'Queries belong in a *.repository.ts; call one from here.';

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
    // Data access lives in *.repository.ts (CODE_STYLE.md, "A repository"): use-cases,
    // routes, presenters and the rules cleaned of queries may not build one, nor import a
    // table except as a type.
    files: [
      'packages/server/src/**/*.service.ts',
      'packages/server/src/**/*.routes.ts',
      'packages/server/src/**/*.presenter.ts',
      'packages/server/src/attachments/unsent-sweep.ts',
      'packages/server/src/auth/seal-legacy-identities.ts',
      'packages/server/src/auth/session-view.ts',
      'packages/server/src/auth/staff-invitation.ts',
      'packages/server/src/consultations/risk-flags.ts',
      'packages/server/src/insights/case-records.ts',
      'packages/server/src/insights/case-summary.ts',
      'packages/server/src/insights/statistics-audience.ts',
      'packages/server/src/surveys/survey-access.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: repositoryOnly }],
          patterns: [
            { group: ['drizzle-orm/*'], message: repositoryOnly },
            {
              group: ['**/platform/db/schema', '**/platform/db/schema/*'],
              allowTypeImports: true,
              message: repositoryOnly,
            },
          ],
        },
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
