/** The generated corpus the evaluation reports on: one seed, one size per split. */
export const CORPUS_SEED = 20261207;
export const CORPUS_SIZE = 500;
/** The fresh held-out split (corpus/fresh.ts) has its own seed. */
export const FRESH_SEED = 71302026;
/** The late held-out split (corpus/late-*.ts), written after the rules were committed. */
export const LATE_SEED = 62512026;
/** The sealed held-out split (corpus/sealed-*.ts): its own seed and a smaller size. */
export const SEALED_SEED = 84172026;
export const SEALED_SIZE = 200;
/** The night held-out split (corpus/night-*.ts), written after the night session's rules. */
export const NIGHT_SEED = 91232026;
export const NIGHT_SIZE = 300;

/** The recognizer's own name lists; the held-out split leaves these names out. */
export function recognizerKnowsName(_name: string): boolean {
  return false;
}
