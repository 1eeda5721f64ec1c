import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/**
 * The shared dev set lies beside the repository (../shared/eval) in a checkout, and two levels up
 * in a worktree under wt/; undefined when neither is there.
 */
export function devSetPath(): string | undefined {
  return [path.join(repoRoot, '..'), path.join(repoRoot, '..', '..')]
    .map((base) => path.join(base, 'shared', 'eval', 'pii-dev.jsonl'))
    .find((candidate) => existsSync(candidate));
}
