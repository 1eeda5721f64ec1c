import type { EntityType } from '../../src/index.ts';
import {
  NATIONALITIES,
  CHINESE_KANJI,
  type Nationality,
  type ForeignName,
} from './names-foreign.ts';
import {
  GIVEN_NAMES,
  HIRAGANA_GIVEN,
  KATAKANA_GIVEN,
  ONE_KANJI_GIVEN,
  SURNAMES,
  WORD_SURNAMES,
  type JapaneseName,
} from './names-japanese.ts';
import {
  CORPORATE_NAMES,
  FOUNDATION_FORMS,
  LEGAL_PREFIXES,
  LEGAL_SUFFIXES,
  NAME_STEMS,
  PLACE_STEMS,
  SUFFIXES,
  TEAM_FORMS,
  TYPE_BEFORE_NAME,
} from './organizations.ts';
import { BUILDINGS, HOUSING, MUNICIPALITIES } from './places.ts';
import { half, Random, type Split } from './random.ts';
import { Values } from './values.ts';

/** A piece of a generated message: plain text, or a labelled entity. */
export type Part = string | { type: EntityType; text: string };
export type Template = (g: Gen) => Part[];

export const label =
  (type: EntityType) =>
  (text: string): Part => ({ type, text });
export const person = label('PERSON');
export const org = label('ORGANIZATION');
export const address = label('ADDRESS');
export const id = label('ID');
export const url = label('URL_HANDLE');
export const date = label('DATE');
export const age = label('AGE');
export const phone = label('PHONE');
export const email = label('EMAIL');
export const postal = label('POSTAL_CODE');

/**
 * Everything a template may draw, restricted to one split: the tuning and held-out splits never
 * share a name, a stem, a town or a template. Names the recognizer's own word lists contain are
 * left out of the held-out split, so its figures measure generalisation, not lookup.
 */
export class Gen {
  readonly values: Values;
  private readonly surnames: JapaneseName[];
  private readonly wordSurnames: JapaneseName[];
  private readonly given: JapaneseName[];
  private readonly oneKanji: JapaneseName[];
  private readonly hiragana: string[];
  private readonly katakana: string[];
  private readonly nationalities: Nationality[];
  private readonly chinese: [string, string][];
  private readonly stems: string[];
  private readonly placeStems: string[];
  private readonly suffixes: string[];
  private readonly towns: { prefix: string; town: string }[];

  readonly random: Random;
  readonly split: Split;

  constructor(random: Random, split: Split, recognizerKnows: (name: string) => boolean) {
    this.random = random;
    this.split = split;
    this.values = new Values(random, split);
    const unknownInHeldout = <T>(items: T[], text: (item: T) => string): T[] =>
      split === 'heldout' ? items.filter((item) => !recognizerKnows(text(item))) : items;
    const byKanji = (name: JapaneseName): string => name.kanji;
    this.surnames = unknownInHeldout(half(SURNAMES, split), byKanji);
    this.wordSurnames = unknownInHeldout(half(WORD_SURNAMES, split), byKanji);
    this.given = unknownInHeldout(half(GIVEN_NAMES, split), byKanji);
    this.oneKanji = unknownInHeldout(half(ONE_KANJI_GIVEN, split), byKanji);
    this.hiragana = unknownInHeldout(half(HIRAGANA_GIVEN, split), (name) => name);
    this.katakana = unknownInHeldout(half(KATAKANA_GIVEN, split), (name) => name);
    const byLatin = (name: ForeignName): string => name.latin;
    this.nationalities = NATIONALITIES.map((nationality) => ({
      ...nationality,
      given: unknownInHeldout(half(nationality.given, split), byLatin),
      family: unknownInHeldout(half(nationality.family, split), byLatin),
      middle: half(nationality.middle, split),
    }));
    this.chinese = half(CHINESE_KANJI, split);
    this.stems = half(NAME_STEMS, split);
    this.placeStems = half(PLACE_STEMS, split);
    this.suffixes = half(SUFFIXES, split);
    this.towns = MUNICIPALITIES.flatMap((m) =>
      half(m.towns, split).map((town) => ({ prefix: m.prefix, town })),
    );
  }

  pick<T>(items: readonly T[]): T {
    return this.random.pick(items);
  }

  chance(probability: number): boolean {
    return this.random.chance(probability);
  }

  surname(): JapaneseName {
    return this.pick(this.surnames);
  }

  /** A family name that is also a word or a single kanji, half of the time. */
  titledSurname(): string {
    return (this.chance(0.6) ? this.pick(this.wordSurnames) : this.surname()).kanji;
  }

  givenName(): JapaneseName {
    return this.pick(this.given);
  }

  /** A given name alone, in any script, weighted towards the hard ones. */
  anyGiven(): string {
    const roll = this.random.next();
    if (roll < 0.3) return this.pick(this.oneKanji).kanji;
    if (roll < 0.55) return this.pick(this.hiragana);
    if (roll < 0.7) return this.pick(this.katakana);
    return this.givenName().kanji;
  }

  /** 今村美咲, 今村 美咲. */
  fullName(): string {
    const separator = this.chance(0.3) ? this.pick([' ', '　']) : '';
    return `${this.surname().kanji}${separator}${this.givenName().kanji}`;
  }

  fullNameKana(): string {
    const surname = this.surname().kana;
    const given = this.givenName().kana;
    const katakana = (s: string): string =>
      s.replace(/[ぁ-ゖ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
    return this.chance(0.5) ? `${katakana(surname)} ${katakana(given)}` : `${surname} ${given}`;
  }

  nationality(): Nationality {
    return this.pick(this.nationalities.filter((n) => n.given.length && n.family.length));
  }

  foreignName(nationality: Nationality, script: 'latin' | 'katakana'): string {
    const part = (name: ForeignName): string => (script === 'latin' ? name.latin : name.katakana);
    const given = part(this.pick(nationality.given));
    const family = part(this.pick(nationality.family));
    const middle =
      nationality.middle.length && this.chance(0.5) ? part(this.pick(nationality.middle)) : '';
    const separator = script === 'latin' ? ' ' : this.pick(['・', '・', ' ']);
    const ordered = nationality.familyFirst ? [family, middle, given] : [given, middle, family];
    const words = ordered.filter(Boolean);
    const text = words.join(separator);
    return script === 'latin' && this.chance(0.15) ? text.toUpperCase() : text;
  }

  foreignGiven(nationality: Nationality, script: 'latin' | 'katakana'): string {
    const name = this.pick(nationality.given);
    return script === 'latin' ? name.latin : name.katakana;
  }

  chineseKanji(): string {
    const [family, given] = this.pick(this.chinese);
    return this.chance(0.5) ? family : `${family}${this.pick(['', ' '])}${given}`;
  }

  stem(): string {
    return this.chance(0.7) ? this.pick(this.stems) : this.pick(this.placeStems);
  }

  /** みどり荘, さつま鉄工所, ひだまり保育園. */
  suffixedOrganization(): string {
    return `${this.stem()}${this.pick(this.suffixes)}`;
  }

  legalOrganization(): string {
    const name = `${this.stem()}${this.pick(CORPORATE_NAMES)}`;
    return this.chance(0.6)
      ? `${this.pick(LEGAL_PREFIXES)}${name}`
      : `${name}${this.pick(LEGAL_SUFFIXES)}`;
  }

  foundation(): string {
    return `${this.pick(FOUNDATION_FORMS)}${this.pick(this.stems)}${this.pick(['会', '福祉会', 'の会', '厚生会'])}`;
  }

  /** カフェ ひなた, 就労支援事業所ぽかぽか: the type before the name. */
  typedOrganization(): string {
    return `${this.pick(half(TYPE_BEFORE_NAME, this.split))}${this.pick(['', ' '])}${this.pick(this.stems)}`;
  }

  team(): string {
    return this.pick(TEAM_FORMS).replace('{stem}', this.stem());
  }

  /** The labelled part of an address and the unlabelled municipality before it. */
  address(): { prefix: string; street: string } {
    const { prefix, town } = this.pick(this.towns);
    const v = this.values;
    const numbers = this.pick([
      () => `${v.digits(this.random.int(2, 4))}-${this.random.int(1, 30)}`,
      () => `${this.random.int(1, 5)}丁目${this.random.int(1, 30)}-${this.random.int(1, 20)}`,
      () => `${v.digits(3)}番地`,
      () => `${this.random.int(1, 5)}丁目${this.random.int(1, 30)}番${this.random.int(1, 20)}号`,
      () => `${v.digits(4)}番地${this.random.int(1, 9)}`,
    ])();
    const building = this.pick([
      () => '',
      () =>
        ` ${this.pick(BUILDINGS)}${town.replace(/^.*町/, '').slice(0, 3)}${this.random.int(1, 5)}0${this.random.int(1, 9)}号室`,
      () => ` ${this.pick(BUILDINGS)}${this.random.int(1, 3)}0${this.random.int(1, 9)}`,
      () =>
        ` ${this.pick(HOUSING).replace('{town}', town.replace(/^.*町/, ''))}${this.random.int(1, 12)}号棟${this.random.int(1, 5)}0${this.random.int(1, 9)}号室`,
      () =>
        ` ${this.pick(BUILDINGS)} ${this.pick(['A', 'B', 'C'])}棟 ${this.random.int(1, 3)}0${this.random.int(1, 9)}`,
      () => `-${this.random.int(1, 3)}0${this.random.int(1, 9)}`,
    ])();
    const street = v.width(`${town}${numbers}`, 0.2) + building;
    const shownPrefix = this.pick([prefix, `鹿児島県${prefix}`, '', prefix]);
    return { prefix: shownPrefix.startsWith('鹿児島県静岡') ? prefix : shownPrefix, street };
  }
}
