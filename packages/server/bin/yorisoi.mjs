#!/usr/bin/env node
// Runs the TypeScript sources directly, so the CLI works right after `npm ci`. Node 24 (and
// 22.18+) erases the types itself (the code keeps to erasable syntax: tsconfig's
// erasableSyntaxOnly), so no transpiler runs in production; an older Node goes through tsx.
if (!process.features.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
