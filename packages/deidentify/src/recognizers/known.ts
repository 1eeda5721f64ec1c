import { toHiragana, toKatakana, toRomaji } from 'wanakana';
import { candidate, matchAll, type Recognizer } from '../analysis.ts';
import { normalize } from '../normalize.ts';
import {
  Tier,
  type Candidate,
  type EntityType,
  type KnownIdentifiers,
  type KnownPerson,
} from '../types.ts';

/**
 * Identifiers the platform already holds are matched deterministically, in every script and spacing:
 * 川畑春香 / 川畑 春香 / 川畑 / 春香 / かわばた はるか / カワバタ / Haruka Kawabata / KAWABATA.
 */
const SEPARATOR = '[\\s・.\\-_,]{0,2}';

export function createKnownRecognizer(known: KnownIdentifiers | undefined): Recognizer {
  const patterns = compileKnown(known);
  if (patterns.length === 0) return () => [];
  return ({ text }) => {
    const found: Candidate[] = [];
    for (const { type, pattern } of patterns) {
      for (const match of matchAll(pattern, text)) {
        found.push(candidate(type, match.index, match.index + match[0].length, Tier.validated));
      }
    }
    return found;
  };
}

interface KnownPattern {
  type: EntityType;
  pattern: RegExp;
}

function compileKnown(known: KnownIdentifiers | undefined): KnownPattern[] {
  const patterns: KnownPattern[] = [];
  const personAlternatives = new Set<string>();
  for (const person of known?.persons ?? []) {
    for (const alternative of personPatterns(person)) personAlternatives.add(alternative);
  }
  if (personAlternatives.size > 0) {
    patterns.push({ type: 'PERSON', pattern: alternation(personAlternatives) });
  }
  const organizations = new Set<string>();
  for (const organization of known?.organizations ?? []) {
    const clean = cleanValue(organization);
    if (clean) organizations.add(spaced(clean));
  }
  if (organizations.size > 0) {
    patterns.push({ type: 'ORGANIZATION', pattern: alternation(organizations) });
  }
  return patterns;
}

/** Longest alternatives first so the full name wins over the surname alone. */
function alternation(alternatives: Set<string>): RegExp {
  const sorted = [...alternatives].filter(Boolean).sort((a, b) => b.length - a.length);
  return new RegExp(sorted.join('|'), 'giu');
}

function personPatterns(person: KnownPerson): string[] {
  const family = variants(person.familyName, person.familyNameKana);
  const given = variants(person.givenName, person.givenNameKana);
  const result: string[] = [];
  for (const f of family) {
    for (const g of given) {
      result.push(`${f}${SEPARATOR}${g}`);
      // Romaji is often written given-name first (Haruka Kawabata).
      result.push(`${g}${SEPARATOR}${f}`);
    }
  }
  result.push(...family, ...given);
  for (const nickname of person.nicknames ?? []) result.push(...variants(nickname, undefined));
  return result;
}

/** The written form plus its kana and romaji forms, each as a regex source. */
function variants(written: string | undefined, kana: string | undefined): string[] {
  const forms = new Set<string>();
  const cleanWritten = cleanValue(written);
  const cleanKana = cleanValue(kana);
  if (cleanWritten) forms.add(spaced(cleanWritten));
  const reading =
    cleanKana ?? (cleanWritten && isKanaOrRomaji(cleanWritten) ? cleanWritten : undefined);
  if (reading) {
    const hiragana = toHiragana(reading, { passRomaji: false });
    forms.add(kanaPattern(hiragana));
    const romaji = toRomaji(hiragana).toLowerCase();
    if (/^[a-z' -]+$/.test(romaji) && romaji.replace(/[^a-z]/g, '').length >= 2) {
      forms.add(romajiPattern(romaji));
    }
  }
  return [...forms];
}

function cleanValue(value: string | undefined): string | undefined {
  const normalized = value ? normalize(value).text.trim() : '';
  return normalized.length > 0 ? normalized : undefined;
}

function isKanaOrRomaji(value: string): boolean {
  return /^[ぁ-ゖァ-ヺー\sA-Za-z'-]+$/.test(value);
}

/** 川畑 春香 may be written with or without a space, or with any space between any characters. */
function spaced(value: string): string {
  return [...value.replace(/\s+/g, '')].map(escape).join('\\s?');
}

/** Each kana matches in hiragana or katakana, so ゆい also finds ユイ. */
function kanaPattern(hiragana: string): string {
  return [...hiragana.replace(/\s+/g, '')]
    .map((char) => {
      const katakana = toKatakana(char);
      if (char === 'ー' || katakana === char) return escape(char);
      return `[${char}${katakana}]`;
    })
    .join('\\s?');
}

/** Hepburn long vowels vary (Satou, Sato, Satoh) and ん before a vowel may carry an apostrophe (Shin'ya). */
function romajiPattern(romaji: string): string {
  return romaji
    .replace(/[^a-z']/g, '')
    .replace(/(ou|oo|oh|uu|aa|ii|ee)/g, (pair) => `${pair[0]}(?:${pair[1]}|h|${pair[0]})?`)
    .replace(/n(?=[bmp])/g, '[nm]')
    .replace(/'/g, "['’]?");
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
