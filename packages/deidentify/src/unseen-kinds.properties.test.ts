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

/** Every value × context of a kind; a function, since some need the dictionary loaded first. */
type Kind = () => Planted[];

function every<V, C, P>(
  values: readonly V[],
  contexts: readonly C[],
  plant: (v: V, c: C) => P,
): P[] {
  return values.flatMap((value) => contexts.map((context) => plant(value, context)));
}

const introduced: Kind = () =>
  every(
    [
      ...GIVEN_NAMES.map((n) => n.kanji),
      ...ONE_KANJI_GIVEN.map((n) => n.kanji),
      ...HIRAGANA_GIVEN,
      ...KATAKANA_GIVEN,
    ].filter((name) => notOnlyAWord(name)),
    [
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
    ] as const,
    (value, [before, after]) => ({ before, value, after }),
  );

const titled: Kind = () =>
  every(
    [...WORD_SURNAMES.map((n) => n.kanji), ...SURNAMES.map((n) => n.kanji)],
    ['部長に', '課長が', '先生に', '店長が', '係長と', '主任から', '所長に'],
    (value, title) => ({ before: '', value, after: `${title}相談しました。` }),
  );

const foreign: Kind = () =>
  NATIONALITIES.flatMap((nation) =>
    every(nation.given, nation.family, (givenName, family): Planted[] => [
      {
        before: 'My name is ',
        value: nation.familyFirst
          ? `${family.latin} ${givenName.latin}`
          : `${givenName.latin} ${family.latin}`,
        after: '. I work at a factory.',
      },
      {
        before: `${nation.fromJa}から来た`,
        value: `${givenName.katakana}・${family.katakana}`,
        after: 'です。',
      },
    ]).flat(),
  );

const displayName: Kind = () =>
  every([...HIRAGANA_GIVEN, ...KATAKANA_GIVEN], ['🌸', '👨‍👩‍👧', '☆', '🍓'], (value, decoration) => ({
    before: 'LINEの表示名は「',
    value,
    after: `${decoration}」です。`,
  }));

const organization: Kind = () =>
  every(
    NAME_STEMS,
    ['荘', '亭', 'クリニック', '鉄工所', '食堂', '商店', '保育園', '介護施設', '水産'],
    (stem, suffix) => ({ before: '', value: `${stem}${suffix}`, after: 'で働いています。' }),
  );

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

/**
 * Every planted value in every context, each between a different pair of filler sentences. The
 * lists are finite, so the sweep is exhaustive over values; the random sample below adds other
 * filler pairs. Its seed is fixed so that a landing is never decided by chance (FC_SEED explores).
 */
const SEED = Number(process.env['FC_SEED'] ?? 20261207);
const FILLER_CHOICES = ['', ...FILLERS];

function expectNeverSurvives(head: string, { before, value, after }: Planted, tail: string): void {
  const text = `${head}${before}${value}${after}${tail}`;
  const start = head.length + before.length;
  expect(covered(text, start, start + value.length), text).toBe(true);
  const output = deidentifier.deidentify(text).text;
  if (!`${head}${before}${after}${tail}`.includes(value)) expect(output).not.toContain(value);
  for (const entity of deidentifier.detect(text)) {
    expect(isLowSurrogate(text.charCodeAt(entity.start))).toBe(false);
    expect(isLowSurrogate(text.charCodeAt(entity.end))).toBe(false);
  }
}

const KINDS = [
  ['given names after family words and the writer', introduced],
  ['family names with a title', titled],
  ['foreign workers’ names in Latin script and katakana', foreign],
  ['chat display names next to emoji', displayName],
  ['organisations with kana or ordinary-word stems', organization],
] as const;

describe('a planted identifier of the kinds issue 15 lists never survives', () => {
  it.each(KINDS)(
    'every value: %s',
    (_kind, planted) => {
      planted().forEach((one, i) => {
        expectNeverSurvives('', one, '');
        const head = FILLER_CHOICES[(i * 31) % FILLER_CHOICES.length] ?? '';
        const tail = FILLER_CHOICES[(i * 17 + 5) % FILLER_CHOICES.length] ?? '';
        expectNeverSurvives(head, one, tail);
      });
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it.each(KINDS)(
    'property, other fillers: %s',
    (_kind, planted) => {
      fc.assert(fc.property(filler, fc.constantFrom(...planted()), filler, expectNeverSurvives), {
        numRuns: 150,
        seed: SEED,
      });
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

const PARTICLES = ['が', 'は', 'で', 'に', 'を', 'も', 'のことで'];

function expectKept(head: string, relation: string, word: string, ending: string, tail: string) {
  const text = `${head}${relation}${word}${ending}困っています。${tail}`;
  const start = head.length + relation.length;
  const touching = deidentifier
    .detect(text)
    .filter((e) => e.start < start + word.length && start < e.end);
  expect(touching, text).toEqual([]);
}

describe('loanwords and ordinary words are kept', () => {
  it('every loanword after every relation word and particle, and every ordinary phrase', () => {
    for (const ending of PARTICLES) {
      for (const relation of RELATIONS)
        for (const word of LOANWORDS) expectKept('', relation, word, ending, '');
      for (const word of ORDINARY) expectKept('', '', word, ending, '');
    }
  });

  it(
    'property, with fillers around them',
    () => {
      const relationAndWord = fc.oneof(
        fc.tuple(fc.constantFrom(...RELATIONS), fc.constantFrom(...LOANWORDS)),
        fc.tuple(fc.constant(''), fc.constantFrom(...ORDINARY)),
      );
      fc.assert(
        fc.property(
          filler,
          relationAndWord,
          fc.constantFrom(...PARTICLES),
          filler,
          (head, [relation, word], ending, tail) => expectKept(head, relation, word, ending, tail),
        ),
        { numRuns: 300, seed: SEED },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );
});
