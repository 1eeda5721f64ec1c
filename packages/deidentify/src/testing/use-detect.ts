import { beforeAll } from 'vitest';
import type { Deidentifier } from '../deidentifier.ts';
import {
  DICTIONARY_LOAD_TIMEOUT_MS,
  describeEntities,
  sharedDeidentifier,
} from './shared-deidentifier.ts';

/**
 * The shared de-identifier for the table tests of one file, loaded before them: `detect`
 * answers what it finds in a text as "TYPE:text", `ofType` only the entities of one type.
 */
export function useDetect() {
  let deidentifier: Deidentifier | null = null;
  beforeAll(async () => {
    deidentifier = await sharedDeidentifier();
  }, DICTIONARY_LOAD_TIMEOUT_MS);
  const detect = (text: string): string[] => {
    if (!deidentifier) throw new Error('the de-identifier is loaded before the tests');
    return describeEntities(deidentifier, text);
  };
  const ofType = (text: string, type: string): string[] =>
    detect(text).filter((entity) => entity.startsWith(`${type}:`));
  return { detect, ofType };
}
