import { beforeAll } from 'vitest';
import { createDeidentifierWith, type Deidentifier } from '../deidentifier.ts';
import { loadMorphology, type Morphology } from '../morphology.ts';

let morphology: Promise<Morphology> | undefined;

/**
 * Loading IPADIC takes over ten seconds when the shared 2-core machine is busy; this bounds a hung
 * load and is no performance assertion.
 */
export const DICTIONARY_LOAD_TIMEOUT_MS = 120_000;

/** Property tests run hundreds of texts; the same busy machine needs more than vitest's 5 s. */
export const PROPERTY_TEST_TIMEOUT_MS = 120_000;

/** Test files share one dictionary load each (about half a second). */
export async function sharedMorphology(): Promise<Morphology> {
  morphology ??= loadMorphology();
  return morphology;
}

export async function sharedDeidentifier(): Promise<Deidentifier> {
  return createDeidentifierWith(await sharedMorphology());
}

/** "TYPE:text" strings for compact table-driven assertions. */
export function describeEntities(deidentifier: Deidentifier, text: string): string[] {
  return deidentifier
    .detect(text)
    .map((entity) => `${entity.type}:${text.slice(entity.start, entity.end)}`);
}

/**
 * Loads the shared de-identifier before a test file's tests and gives the lookups table tests use:
 * the detected "TYPE:text" strings of one type, and whether every code unit of a span is covered.
 */
export function useSharedDeidentifier(): {
  ofType(text: string, type: string): string[];
  covered(text: string, start: number, end: number): boolean;
  current(): Deidentifier;
} {
  let deidentifier: Deidentifier | undefined;
  beforeAll(async () => {
    deidentifier = await sharedDeidentifier();
  }, DICTIONARY_LOAD_TIMEOUT_MS);
  const current = (): Deidentifier => {
    if (!deidentifier) throw new Error('the de-identifier is loaded in beforeAll');
    return deidentifier;
  };
  return {
    current,
    ofType: (text, type) =>
      describeEntities(current(), text).filter((entity) => entity.startsWith(`${type}:`)),
    covered(text, start, end) {
      const entities = current().detect(text);
      for (let i = start; i < end; i++) {
        if (!entities.some((e) => e.start <= i && i < e.end)) return false;
      }
      return true;
    },
  };
}
