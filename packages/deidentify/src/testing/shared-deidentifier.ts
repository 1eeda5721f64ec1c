import { createDeidentifierWith, type Deidentifier } from '../deidentifier.ts';
import { loadMorphology, type Morphology } from '../morphology.ts';

let morphology: Promise<Morphology> | undefined;

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
