import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SURNAMES, WORD_SURNAMES } from '../scripts/corpus/names-japanese.ts';
import { NAME_STEMS } from '../scripts/corpus/organizations.ts';
import { half } from '../scripts/corpus/random.ts';
import { PROPERTY_TEST_TIMEOUT_MS, useSharedDeidentifier } from './testing/shared-deidentifier.ts';

// Properties of the context rules written with the sealed split held out: names from the tuning
// halves of the corpus lists only, in templates of their own.
const { covered, current } = useSharedDeidentifier();

const surname = fc.constantFrom(
  ...half(SURNAMES, 'tuning').map((n) => n.kanji),
  ...half(WORD_SURNAMES, 'tuning').map((n) => n.kanji),
);
const title = fc.constantFrom('課長', '部長', '店長', '主任', '係長', '工場長', '施設長');
const clauseBefore = fc.constantFrom('', '現場の', 'パート先の', '上司の', 'それで、', '実は');
const kanaStem = fc.constantFrom(
  ...half(NAME_STEMS, 'tuning').filter((stem) => /^[ぁ-ゖ]{3,}$/.test(stem)),
);
const ownerCue = fc.constantFrom(
  'の子会社に移りました。',
  'の関連会社で働いています。',
  'に入所しています。',
  'に通っています。',
  'を経営しています。',
);
const bodyCue = fc.constantFrom('支援機関の', '監理団体の', '所属チーム：', '前の会社（');

describe('property: context rules of the sealed-split session', () => {
  it(
    'a family name before a title is masked in any clause, and the title is kept',
    () => {
      fc.assert(
        fc.property(clauseBefore, surname, title, (before, name, role) => {
          const text = `${before}${name}${role}に相談しました。`;
          expect(covered(text, before.length, before.length + name.length)).toBe(true);
          const end = before.length + name.length;
          for (const entity of current().detect(text))
            expect(entity.end <= end || entity.start >= end + role.length).toBe(true);
        }),
        { numRuns: 120 },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it(
    'a kana organisation named by what is said about it is masked',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.tuple(fc.constant(''), kanaStem, ownerCue)),
          ([lead, stem, cue]) => {
            const text = `娘は${lead}${stem}${cue}`;
            expect(covered(text, 2, 2 + stem.length)).toBe(true);
          },
        ),
        { numRuns: 80 },
      );
      fc.assert(
        fc.property(bodyCue, kanaStem, (cue, stem) => {
          const text = `${cue}${stem}${cue.endsWith('（') ? '）を辞めました。' : 'です。'}`;
          expect(covered(text, cue.length, cue.length + stem.length)).toBe(true);
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it(
    'an ordinary sentence about departments, places and facilities is left unchanged',
    () => {
      const subject = fc.constantFrom(
        '総務課長が',
        '会社の人事部長が',
        '女性課長が',
        '新しい店長が',
        '病棟の師長が',
        '別の店長が',
        '支店長が',
      );
      const place = fc.constantFrom(
        '東京に転職',
        '鹿児島に出向',
        '病院に入院',
        'ジムに通うこと',
        '塾に通うこと',
        '学校に通うこと',
        '実家のお店を経営すること',
        '親の会社を退職',
        'メンタルクリニックに通うこと',
      );
      const ending = fc.constantFrom('を勧めてきました。', 'について話しました。', 'に反対です。');
      fc.assert(
        fc.property(subject, place, ending, (who, what, end) => {
          const text = `${who}${what}${end}`;
          expect(current().deidentify(text).text).toBe(text);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );
});
