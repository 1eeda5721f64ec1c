/** The generated corpus the evaluation reports on: one seed, one size per split. */
export const CORPUS_SEED = 20261207;
export const CORPUS_SIZE = 500;

/** The recognizer's own name lists; the held-out split leaves these names out. */
export function recognizerKnowsName(_name: string): boolean {
  return false;
}
