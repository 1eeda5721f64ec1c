import type { GoldExample } from '../../src/evaluation.ts';
import { FILLERS } from './fillers.ts';
import { Gen, type Part, type Template } from './generator.ts';
import { half, Random, type Split } from './random.ts';
import {
  ADDRESSES,
  CONTEXT_ORGANIZATIONS,
  LABELLED_NUMBERS,
  NUMBERS,
  SUFFIXED_ORGANIZATIONS,
  URLS,
} from './templates-other.ts';
import {
  FOREIGN_AND_DISPLAY,
  INTRODUCED_GIVEN,
  OTHER_PERSONS,
  TITLED,
} from './templates-person.ts';

/** Template groups and how often a message draws from each (the kinds weigh most). */
const GROUPS: { templates: Template[]; weight: number }[] = [
  { templates: INTRODUCED_GIVEN, weight: 4 },
  { templates: FOREIGN_AND_DISPLAY, weight: 3 },
  { templates: TITLED, weight: 3 },
  { templates: OTHER_PERSONS, weight: 2 },
  { templates: SUFFIXED_ORGANIZATIONS, weight: 3 },
  { templates: CONTEXT_ORGANIZATIONS, weight: 3 },
  { templates: ADDRESSES, weight: 2 },
  { templates: LABELLED_NUMBERS, weight: 3 },
  { templates: URLS, weight: 2 },
  { templates: NUMBERS, weight: 2 },
];

export interface CorpusOptions {
  split: Split;
  size: number;
  seed: number;
  /** Names the recognizer's own lists contain; the held-out split does without them. */
  recognizerKnows?: (name: string) => boolean;
}

/**
 * Consultation-like messages built from templates and name lists, labelled by construction.
 * The same options always give the same messages.
 */
export function generateCorpus(options: CorpusOptions): GoldExample[] {
  const random = new Random(options.seed + (options.split === 'heldout' ? 7919 : 0));
  const gen = new Gen(random, options.split, options.recognizerKnows ?? (() => false));
  const groups = GROUPS.map((group) => ({
    templates: half(group.templates, options.split),
    weight: group.weight,
  }));
  const fillers = half(FILLERS, options.split);
  const totalWeight = groups.reduce((sum, group) => sum + group.weight, 0);
  const pickTemplate = (): Template => {
    let roll = random.next() * totalWeight;
    for (const group of groups) {
      roll -= group.weight;
      if (roll < 0) return random.pick(group.templates);
    }
    return random.pick((groups[0] as (typeof groups)[number]).templates);
  };
  const examples: GoldExample[] = [];
  for (let index = 0; index < options.size; index++) {
    const sentences: Part[][] = [];
    const negative = random.chance(0.1);
    const labelled = negative ? 0 : random.int(1, 2);
    for (let i = 0; i < labelled; i++) sentences.push(pickTemplate()(gen));
    for (let i = random.int(negative ? 1 : 0, 2); i > 0; i--)
      sentences.push([random.pick(fillers)]);
    shuffle(random, sentences);
    examples.push(build(`${options.split[0]}${String(index + 1).padStart(4, '0')}`, sentences));
  }
  return examples;
}

export function build(id: string, sentences: Part[][]): GoldExample {
  let text = '';
  const entities: GoldExample['entities'] = [];
  const parts = sentences.flatMap((sentence, index) => {
    const last = sentence[sentence.length - 1];
    const ended = typeof last === 'string' && /[。！？!?.\n]$/.test(last);
    return ended || index === sentences.length - 1 ? sentence : [...sentence, '\n'];
  });
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    if (part.text.length === 0) throw new Error(`empty ${part.type} in ${id}`);
    entities.push({
      type: part.type,
      start: text.length,
      end: text.length + part.text.length,
      text: part.text,
    });
    text += part.text;
  }
  return { id, text, entities };
}

export function shuffle<T>(random: Random, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
