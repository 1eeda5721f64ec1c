import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { NATIONALITIES } from '../scripts/corpus/names-foreign.ts';
import {
  GIVEN_NAMES,
  HIRAGANA_GIVEN,
  KATAKANA_GIVEN,
  ONE_KANJI_GIVEN,
  SURNAMES,
  WORD_SURNAMES,
} from '../scripts/corpus/names-japanese.ts';
import { NAME_STEMS } from '../scripts/corpus/organizations.ts';
import { FILLERS } from '../scripts/corpus/fillers.ts';
import type { Deidentifier } from './deidentifier.ts';
import type { Morphology } from './morphology.ts';
import {
  DICTIONARY_LOAD_TIMEOUT_MS,
  PROPERTY_TEST_TIMEOUT_MS,
  sharedDeidentifier,
  sharedMorphology,
} from './testing/shared-deidentifier.ts';

let deidentifier: Deidentifier;
let morphology: Morphology;
beforeAll(async () => {
  deidentifier = await sharedDeidentifier();
  morphology = await sharedMorphology();
}, DICTIONARY_LOAD_TIMEOUT_MS);

/**
 * Names that IPADIC knows only as ordinary words (ノア, 蒼空 "blue sky") are not promised after a
 * bare family word: the evidence there is the dictionary. They are still found with a cue
 * (ちゃん, brackets), which the unit tests cover.
 */
function notOnlyAWord(name: string): boolean {
  const tokens = morphology.tokenize(name);
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (!only || !only.known || only.pos1 === '固有名詞') return true;
  const reading = morphology.nameReading(name);
  return reading.given || reading.surname || !reading.common;
}

/** A message with one planted identifier: where it is, and the text around it. */
interface Planted {
  before: string;
  value: string;
  after: string;
}

const given = fc.constantFrom(
  ...GIVEN_NAMES.map((n) => n.kanji),
  ...ONE_KANJI_GIVEN.map((n) => n.kanji),
  ...HIRAGANA_GIVEN,
  ...KATAKANA_GIVEN,
);
const introduced = fc
  .tuple(
    given.filter((name) => notOnlyAWord(name)),
    fc.constantFrom<[string, string]>(
      ['娘の', 'が熱を出しました。'],
      ['夫の', 'は夜勤が多いです。'],
      ['息子（', '）が学校に行きません。'],
      ['妻・', 'が眠れていません。'],
      ['彼氏の', 'が毎日連絡してきます。'],
      ['名前は', 'です。'],
      ['友人の', 'に相談しました。'],
      ['パートナーの', 'と暮らしています。'],
      ['私は', 'といいます。'],
      ['同僚の', 'ちゃんが心配です。'],
    ),
  )
  .map(([value, [before, after]]): Planted => ({ before, value, after }));

const titled = fc
  .tuple(
    fc.constantFrom(...WORD_SURNAMES.map((n) => n.kanji), ...SURNAMES.map((n) => n.kanji)),
    fc.constantFrom('部長に', '課長が', '先生に', '店長が', '係長と', '主任から', '所長に'),
  )
  .map(([value, after]): Planted => ({ before: '', value, after: `${after}相談しました。` }));

const foreign = fc
  .tuple(fc.constantFrom(...NATIONALITIES), fc.nat(), fc.nat(), fc.boolean())
  .map(([nation, g, f, latin]): Planted => {
    const givenName = nation.given[g % nation.given.length];
    const family = nation.family[f % nation.family.length];
    if (!givenName || !family) throw new Error('empty name list');
    if (latin) {
      const value = nation.familyFirst
        ? `${family.latin} ${givenName.latin}`
        : `${givenName.latin} ${family.latin}`;
      return { before: 'My name is ', value, after: '. I work at a factory.' };
    }
    return {
      before: `${nation.fromJa}から来た`,
      value: `${givenName.katakana}・${family.katakana}`,
      after: 'です。',
    };
  });

const displayName = fc
  .tuple(
    fc.constantFrom(...HIRAGANA_GIVEN, ...KATAKANA_GIVEN),
    fc.constantFrom('🌸', '👨‍👩‍👧', '☆', '🍓'),
  )
  .map(([value, decoration]): Planted => ({
    before: 'LINEの表示名は「',
    value,
    after: `${decoration}」です。`,
  }));

const organization = fc
  .tuple(
    fc.constantFrom(...NAME_STEMS),
    fc.constantFrom(
      '荘',
      '亭',
      'クリニック',
      '鉄工所',
      '食堂',
      '商店',
      '保育園',
      '介護施設',
      '水産',
    ),
  )
  .map(([stem, suffix]): Planted => ({
    before: '',
    value: `${stem}${suffix}`,
    after: 'で働いています。',
  }));

const filler = fc.constantFrom('', ...FILLERS);

function covered(text: string, start: number, end: number): boolean {
  const entities = deidentifier.detect(text);
  for (let i = start; i < end; i++) {
    if (!entities.some((e) => e.start <= i && i < e.end)) return false;
  }
  return true;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

describe('property: a planted identifier of the kinds issue 15 lists never survives', () => {
  it.each([
    ['given names after family words and the writer', introduced],
    ['family names with a title', titled],
    ['foreign workers’ names in Latin script and katakana', foreign],
    ['chat display names next to emoji', displayName],
    ['organisations with kana or ordinary-word stems', organization],
  ] as const)(
    '%s',
    (_kind, planted) => {
      fc.assert(
        fc.property(filler, planted, filler, (head, { before, value, after }, tail) => {
          const text = `${head}${before}${value}${after}${tail}`;
          const start = head.length + before.length;
          expect(covered(text, start, start + value.length)).toBe(true);
          const output = deidentifier.deidentify(text).text;
          if (!`${head}${before}${after}${tail}`.includes(value))
            expect(output).not.toContain(value);
          for (const entity of deidentifier.detect(text)) {
            expect(isLowSurrogate(text.charCodeAt(entity.start))).toBe(false);
            expect(isLowSurrogate(text.charCodeAt(entity.end))).toBe(false);
          }
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );
});

const LOANWORDS = [
  'ストレス',
  'カウンセリング',
  'パート',
  'シフト',
  'メンタル',
  'リモートワーク',
  'ハラスメント',
  'パワハラ',
  'モラハラ',
  'スマホ',
  'ゲーム',
  'リハビリ',
  'ケアマネ',
  'ショートステイ',
  'デイサービス',
  'ワンオペ',
  'コロナ',
  'ミーティング',
  'プレッシャー',
  'ノルマ',
  'クレーム',
  'ルール',
  'キャリア',
  'スキル',
  'ミス',
  'トラブル',
  'サポート',
  'アルコール',
  'ギャンブル',
  'アトピー',
  'アレルギー',
];
const ORDINARY = [
  '森の中',
  '桜が咲く',
  '光熱費',
  '林業',
  '原因',
  '東口',
  '海の近く',
  '星空',
  '花粉症',
];

const RELATIONS = [
  '夫の',
  '妻の',
  '娘の',
  '息子の',
  '母の',
  '上司の',
  '同僚の',
  '彼氏の',
  '友人の',
  '',
];

describe('property: loanwords and ordinary words are kept', () => {
  it(
    'after relation words (loanwords) and in ordinary sentences (words that are also names)',
    () => {
      const relationAndWord = fc.oneof(
        fc.tuple(fc.constantFrom(...RELATIONS), fc.constantFrom(...LOANWORDS)),
        fc.tuple(fc.constant(''), fc.constantFrom(...ORDINARY)),
      );
      const particle = fc.constantFrom('が', 'は', 'で', 'に', 'を', 'も', 'のことで');
      fc.assert(
        fc.property(
          filler,
          relationAndWord,
          particle,
          filler,
          (head, [relation, word], ending, tail) => {
            const text = `${head}${relation}${word}${ending}困っています。${tail}`;
            const start = head.length + relation.length;
            const touching = deidentifier
              .detect(text)
              .filter((e) => e.start < start + word.length && start < e.end);
            expect(touching).toEqual([]);
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );
});
