import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILLERS } from '../scripts/corpus/fillers.ts';
import {
  GIVEN_NAMES,
  HIRAGANA_GIVEN,
  KATAKANA_GIVEN,
  ONE_KANJI_GIVEN,
  SURNAMES,
} from '../scripts/corpus/names-japanese.ts';
import { NAME_STEMS } from '../scripts/corpus/organizations.ts';
import type { Deidentifier } from './deidentifier.ts';
import {
  DICTIONARY_LOAD_TIMEOUT_MS,
  PROPERTY_TEST_TIMEOUT_MS,
  sharedDeidentifier,
} from './testing/shared-deidentifier.ts';

// Names and organisations known only from where they stand (recognizers/uncued-name.ts,
// recognizers/organization-staff.ts), with fillers around them. The seed is fixed so that CI is
// deterministic; FC_SEED explores other runs.
const SEED = Number(process.env['FC_SEED'] ?? 20261207);

let deidentifier: Deidentifier;
beforeAll(async () => {
  deidentifier = await sharedDeidentifier();
}, DICTIONARY_LOAD_TIMEOUT_MS);

const filler = fc.constantFrom('', ...FILLERS);
const given = fc.constantFrom(
  ...GIVEN_NAMES.map((n) => n.kanji),
  ...ONE_KANJI_GIVEN.map((n) => n.kanji),
  ...HIRAGANA_GIVEN,
  ...KATAKANA_GIVEN,
);
const fullName = fc
  .tuple(
    fc.constantFrom(...SURNAMES),
    fc.constantFrom(...GIVEN_NAMES),
    fc.constantFrom('', ' ', '　'),
  )
  .map(([family, first, space]) => `${family.kanji}${space}${first.kanji}`);

/** Where a name stands alone: the text before and after it. */
const NAME_PLACES: readonly (readonly [string, string])[] = [
  ['以上、よろしくお願いします。\n', '\n'],
  ['よろしくお願いいたします。\n', '\n'],
  ['申請者氏名：', '\n'],
  ['お世話になっております。', 'です。'],
];
const SELF_AND_AGE: readonly (readonly [string, string])[] = [
  ['自分は', 'って言います。'],
  ['私は', 'と申します。'],
  ['', '（３歳）が夜中に起きます。'],
  ['', '(11才)が熱を出しました。'],
];

function covered(text: string, start: number, end: number, type: string): boolean {
  const entities = deidentifier.detect(text).filter((e) => e.type === type);
  for (let i = start; i < end; i++) {
    if (!entities.some((e) => e.start <= i && i < e.end)) return false;
  }
  return true;
}

function expectFound(
  head: string,
  [before, after]: readonly [string, string],
  value: string,
  tail: string,
  type: string,
) {
  const text = `${head}${before}${value}${after}${tail}`;
  const start = head.length + before.length;
  expect(covered(text, start, start + value.length, type), text).toBe(true);
}

describe('names and organisations known only from where they stand', () => {
  it(
    'a full name under a closing greeting, after a label or a greeting',
    () => {
      fc.assert(
        fc.property(
          filler,
          fc.constantFrom(...NAME_PLACES),
          fullName,
          filler,
          (head, place, name, tail) => expectFound(head, place, name, tail, 'PERSON'),
        ),
        { numRuns: 200, seed: SEED },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it(
    'a given name the writer gives as theirs, or before a bracketed age',
    () => {
      fc.assert(
        fc.property(
          filler,
          fc.constantFrom(...SELF_AND_AGE),
          given,
          filler,
          (head, place, name, tail) => expectFound(head, place, name, tail, 'PERSON'),
        ),
        { numRuns: 200, seed: SEED },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it(
    'a place named by its staff, a former job or a placement',
    () => {
      const places: readonly (readonly [string, string, string])[] = [
        ['近所の', '整体', 'の店主に相談しました。'],
        ['以前いた', 'スタジオ', 'から連絡がありません。'],
        ['派遣会社の紹介で、', '美容院', 'に行っています。'],
        ['', '工業所', 'で働いています。'],
      ];
      fc.assert(
        fc.property(
          filler,
          fc.constantFrom(...places),
          fc.constantFrom(...NAME_STEMS),
          filler,
          (head, [before, suffix, after], stem, tail) => {
            const text = `${head}${before}${stem}${suffix}${after}${tail}`;
            const start = head.length + before.length;
            const end = start + stem.length + suffix.length;
            expect(covered(text, start, end, 'ORGANIZATION'), text).toBe(true);
          },
        ),
        { numRuns: 200, seed: SEED },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );
});

// Ordinary words in the same places: a kind of place, a role, a demonstrative, a pet.
const ORDINARY_PLACES: readonly (readonly [string, string, string])[] = [
  ['近所の', 'の店主に相談しました。', 'パン屋|八百屋|魚屋|花屋|本屋|お店|店|床屋'],
  [
    '母がお世話になっている',
    'の職員さんが親切です。',
    '病院|施設|役所|市役所|包括|作業所|ショートステイ',
  ],
  ['以前いた', 'から連絡がありません。', '会社|職場|部署|東京|実家|病院|工場|現場|寮'],
  ['派遣会社の紹介で、', 'に行っています。', '工場|会社|この相談窓口|倉庫|現場|病院|ハローワーク'],
  ['', '（３歳）が熱を出しました。', '子ども|子供|長男|次女|息子|娘|犬|猫|孫|赤ちゃん|男の子'],
  ['以上、よろしくお願いします。\n', '\n', '本人|宜しく|取り急ぎ|以上'],
];

describe('ordinary words in those places are kept', () => {
  it(
    'property, with fillers around them',
    () => {
      const placed = fc
        .constantFrom(...ORDINARY_PLACES)
        .chain(([before, after, words]) =>
          fc.constantFrom(...words.split('|')).map((word) => [before, word, after] as const),
        );
      fc.assert(
        fc.property(filler, placed, filler, (head, [before, word, after], tail) => {
          const text = `${head}${before}${word}${after}${tail}`;
          const start = head.length + before.length;
          const touching = deidentifier
            .detect(text)
            .filter((e) => e.start < start + word.length && start < e.end && e.type !== 'AGE');
          expect(touching, text).toEqual([]);
        }),
        { numRuns: 300, seed: SEED },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );
});
