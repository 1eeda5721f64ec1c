import type { GoldExample } from '../../src/evaluation.ts';
import { FRESH_LEXICON, type Lexicon } from './fresh-lexicon.ts';
import { FRESH_FILLERS, FRESH_GROUPS, type FreshTemplate } from './fresh-templates.ts';
import { LATE_LEXICON } from './late-lexicon.ts';
import { LATE_FILLERS, LATE_GROUPS } from './late-templates.ts';
import { SEALED_LEXICON } from './sealed-lexicon.ts';
import { NIGHT_LEXICON } from './night-lexicon.ts';
import { NIGHT_FILLERS, NIGHT_GROUPS } from './night-templates.ts';
import { SEALED_FILLERS, SEALED_GROUPS } from './sealed-templates.ts';
import { build, shuffle } from './generate.ts';
import type { Part } from './generator.ts';
import { CHINESE_KANJI, NATIONALITIES, type Nationality } from './names-foreign.ts';
import {
  GIVEN_NAMES,
  HIRAGANA_GIVEN,
  KATAKANA_GIVEN,
  ONE_KANJI_GIVEN,
  SURNAMES,
  WORD_SURNAMES,
} from './names-japanese.ts';
import { NAME_STEMS, PLACE_STEMS } from './organizations.ts';
import { BUILDINGS, MUNICIPALITIES } from './places.ts';
import { Random } from './random.ts';
import { Values } from './values.ts';

/**
 * The fresh held-out split: its own seed, word lists and templates (fresh-lexicon.ts,
 * fresh-templates.ts), written after the first held-out split had been measured and before the
 * de-identifier was run on any of it. Names the recognizer's own lists contain are left out.
 */
export interface FreshSplit {
  lexicon: Lexicon;
  groups: { templates: FreshTemplate[]; weight: number }[];
  fillers: string[];
  /** First letter of the message ids. */
  prefix: string;
  /** Lexicons written before this one, which it must not share a name with. */
  earlier: Lexicon[];
}

export const FRESH_SPLIT: FreshSplit = {
  lexicon: FRESH_LEXICON,
  groups: FRESH_GROUPS,
  fillers: FRESH_FILLERS,
  prefix: 'f',
  earlier: [],
};

/** The late split: written after the recognizer rules were committed. */
export const LATE_SPLIT: FreshSplit = {
  lexicon: LATE_LEXICON,
  groups: LATE_GROUPS,
  fillers: LATE_FILLERS,
  prefix: 'l',
  earlier: [FRESH_LEXICON],
};

/** The sealed split: written before the rules it measures changed, measured before and after. */
export const SEALED_SPLIT: FreshSplit = {
  lexicon: SEALED_LEXICON,
  groups: SEALED_GROUPS,
  fillers: SEALED_FILLERS,
  prefix: 's',
  earlier: [FRESH_LEXICON, LATE_LEXICON],
};

/** The night split: written after the rules of 2026-12-07 (night) were committed. */
export const NIGHT_SPLIT: FreshSplit = {
  lexicon: NIGHT_LEXICON,
  groups: NIGHT_GROUPS,
  fillers: NIGHT_FILLERS,
  prefix: 'n',
  earlier: [FRESH_LEXICON, LATE_LEXICON, SEALED_LEXICON],
};

export function generateFreshCorpus(options: {
  size: number;
  seed: number;
  recognizerKnows?: (name: string) => boolean;
  split?: FreshSplit;
}): GoldExample[] {
  const split = options.split ?? FRESH_SPLIT;
  assertDisjoint(split);
  const random = new Random(options.seed);
  const gen = new FreshGen(random, options.recognizerKnows ?? (() => false), split.lexicon);
  const totalWeight = split.groups.reduce((sum, group) => sum + group.weight, 0);
  const pickTemplate = (): FreshTemplate => {
    let roll = random.next() * totalWeight;
    for (const group of split.groups) {
      roll -= group.weight;
      if (roll < 0) return random.pick(group.templates);
    }
    return random.pick((split.groups[0] as (typeof split.groups)[number]).templates);
  };
  const examples: GoldExample[] = [];
  for (let index = 0; index < options.size; index++) {
    const sentences: Part[][] = [];
    const negative = random.chance(0.1);
    const labelled = negative ? 0 : random.int(1, 2);
    for (let i = 0; i < labelled; i++) sentences.push(pickTemplate()(gen));
    for (let i = random.int(negative ? 1 : 0, 2); i > 0; i--)
      sentences.push([random.pick(split.fillers)]);
    shuffle(random, sentences);
    examples.push(build(`${split.prefix}${String(index + 1).padStart(4, '0')}`, sentences));
  }
  return examples;
}

const toHiragana = (s: string): string =>
  s.replace(/[ァ-ヶ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** Throws if the fresh lists share a name, stem, town or building with the older splits. */
export function assertDisjoint(split: FreshSplit): void {
  const old = new Set<string>([
    ...[...SURNAMES, ...WORD_SURNAMES, ...GIVEN_NAMES, ...ONE_KANJI_GIVEN].flatMap((n) => [
      n.kanji,
      n.kana,
    ]),
    ...HIRAGANA_GIVEN,
    ...KATAKANA_GIVEN.map(toHiragana),
    ...NATIONALITIES.flatMap((n) =>
      [...n.given, ...n.family, ...n.middle].flatMap((f) => [f.latin, toHiragana(f.katakana)]),
    ),
    ...CHINESE_KANJI.flat(),
    ...NAME_STEMS,
    ...PLACE_STEMS,
    ...MUNICIPALITIES.flatMap((m) => m.towns),
    ...BUILDINGS,
  ]);
  for (const lexicon of split.earlier) for (const item of lexiconItems(lexicon)) old.add(item);
  const fresh = lexiconItems(split.lexicon);
  const shared = [...new Set(fresh.filter((item) => old.has(item)))];
  if (shared.length > 0) throw new Error(`fresh split shares ${shared.join(' ')}`);
}

function lexiconItems(lexicon: Lexicon): string[] {
  return [
    ...[
      ...lexicon.surnames,
      ...lexicon.wordSurnames,
      ...lexicon.given,
      ...lexicon.oneKanji,
    ].flatMap((n) => [n.kanji, n.kana]),
    ...lexicon.hiragana,
    ...lexicon.katakana.map(toHiragana),
    ...lexicon.nationalities.flatMap((n) =>
      [...n.given, ...n.family, ...n.middle].flatMap((f) => [f.latin, toHiragana(f.katakana)]),
    ),
    ...lexicon.chinese.flat(),
    ...lexicon.stems,
    ...lexicon.placeStems,
    ...lexicon.towns.flatMap((m) => m.towns),
    ...lexicon.buildings,
  ];
}

/** What the fresh templates may draw. */
export class FreshGen {
  readonly values: Values;
  private readonly surnames: string[];
  private readonly wordSurnames: string[];
  private readonly given: { kanji: string; kana: string }[];
  private readonly oneKanji: string[];
  private readonly hiragana: string[];
  private readonly katakana: string[];
  private readonly nationalities: Nationality[];

  readonly random: Random;
  private readonly lexicon: Lexicon;

  constructor(
    random: Random,
    recognizerKnows: (name: string) => boolean,
    lexicon: Lexicon = FRESH_LEXICON,
  ) {
    this.random = random;
    this.lexicon = lexicon;
    this.values = new Values(random, 'heldout');
    const unknown = (items: string[]): string[] => items.filter((item) => !recognizerKnows(item));
    this.surnames = unknown(this.lexicon.surnames.map((n) => n.kanji));
    this.wordSurnames = unknown(this.lexicon.wordSurnames.map((n) => n.kanji));
    this.given = this.lexicon.given.filter(
      (n) => !recognizerKnows(n.kanji) && !recognizerKnows(n.kana),
    );
    this.oneKanji = unknown(this.lexicon.oneKanji.map((n) => n.kanji));
    this.hiragana = unknown(this.lexicon.hiragana);
    this.katakana = unknown(this.lexicon.katakana);
    this.nationalities = this.lexicon.nationalities.map((n) => ({
      ...n,
      given: n.given.filter((f) => !recognizerKnows(f.latin) && !recognizerKnows(f.katakana)),
      family: n.family.filter((f) => !recognizerKnows(f.latin) && !recognizerKnows(f.katakana)),
    }));
  }

  pick<T>(items: readonly T[]): T {
    return this.random.pick(items);
  }

  chance(probability: number): boolean {
    return this.random.chance(probability);
  }

  int(low: number, high: number): number {
    return this.random.int(low, high);
  }

  surname(): string {
    return this.pick(this.surnames);
  }

  /** Half of the time a family name that is also a word or one kanji. */
  titledSurname(): string {
    return this.chance(0.5) ? this.pick(this.wordSurnames) : this.surname();
  }

  givenKanji(): string {
    return this.pick(this.given).kanji;
  }

  /** A given name alone: one kanji, hiragana, katakana or kanji. */
  anyGiven(): string {
    const roll = this.random.next();
    if (roll < 0.3) return this.pick(this.oneKanji);
    if (roll < 0.6) return this.pick(this.hiragana);
    if (roll < 0.72) return this.pick(this.katakana);
    return this.givenKanji();
  }

  fullName(): string {
    return `${this.surname()}${this.pick(['', '', ' ', '　'])}${this.givenKanji()}`;
  }

  fullNameKana(): string {
    const surname =
      this.lexicon.surnames.find((n) => n.kanji === this.surname())?.kana ?? 'かじわら';
    const given = this.pick(this.given).kana;
    const katakana = (s: string): string =>
      s.replace(/[ぁ-ゖ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
    return this.chance(0.5)
      ? `${katakana(surname)}\u3000${katakana(given)}`
      : `${surname} ${given}`;
  }

  romajiGiven(): string {
    return this.values.romaji(this.pick(this.given).kana);
  }

  nationality(): Nationality {
    return this.pick(this.nationalities.filter((n) => n.given.length && n.family.length));
  }

  foreignName(nationality: Nationality, script: 'latin' | 'katakana'): string {
    const part = (name: { latin: string; katakana: string }): string =>
      script === 'latin' ? name.latin : name.katakana;
    const given = part(this.pick(nationality.given));
    const family = part(this.pick(nationality.family));
    const middle =
      nationality.middle.length && this.chance(0.4) ? part(this.pick(nationality.middle)) : '';
    const ordered = nationality.familyFirst ? [family, middle, given] : [given, middle, family];
    const separator = script === 'latin' ? ' ' : this.pick(['・', ' ', '・']);
    const text = ordered.filter(Boolean).join(separator);
    return script === 'latin' && this.chance(0.2) ? text.toUpperCase() : text;
  }

  foreignGiven(nationality: Nationality, script: 'latin' | 'katakana'): string {
    const name = this.pick(nationality.given);
    return script === 'latin' ? name.latin : name.katakana;
  }

  chineseKanji(): string {
    const [family, given] = this.pick(this.lexicon.chinese);
    return this.chance(0.5) ? `${family}${given}` : `${family} ${given}`;
  }

  stem(): string {
    return this.chance(0.7) ? this.pick(this.lexicon.stems) : this.pick(this.lexicon.placeStems);
  }

  suffixedOrganization(): string {
    return `${this.stem()}${this.pick(this.lexicon.suffixes)}`;
  }

  team(): string {
    return this.pick(this.lexicon.teams).replace('{stem}', this.stem());
  }

  /** The labelled part of an address and the unlabelled municipality before it. */
  address(): { prefix: string; street: string } {
    const { prefix, towns } = this.pick(this.lexicon.towns);
    const town = this.pick(towns);
    const short = town.replace(/^.*町/, '') || town;
    const numbers = this.pick([
      () => `${this.int(1, 4)}丁目${this.int(1, 40)}-${this.int(1, 25)}`,
      () => `${this.values.digits(this.int(3, 4))}番地${this.int(1, 12)}`,
      () => `${this.int(1, 9)}-${this.int(1, 30)}-${this.int(1, 15)}`,
      () => `${this.values.digits(3)}-${this.int(2, 9)}`,
    ])();
    const building = this.pick([
      () => '',
      () =>
        `${this.pick(this.lexicon.buildings)}${short.slice(0, 2)} ${this.int(1, 4)}0${this.int(1, 8)}`,
      () =>
        ` ${this.pick(this.lexicon.housing).replace('{town}', short)} ${this.int(1, 9)}-${this.int(1, 4)}0${this.int(1, 6)}`,
      () =>
        `\u3000${this.pick(this.lexicon.buildings)}${this.pick(['Ⅱ', '2', '弐番館', ''])} ${this.int(1, 5)}F`,
      () => ` ${this.pick(this.lexicon.buildings)} ${this.int(1, 3)}0${this.int(1, 9)}号`,
    ])();
    const street = this.values.width(`${town}${numbers}`, 0.25) + building;
    return {
      prefix: this.pick([prefix, '', prefix, `鹿児島県${prefix}`]).replace(
        '鹿児島県静岡県',
        '静岡県',
      ),
      street,
    };
  }
}
