import fc from 'fast-check';
import { toKatakana, toRomaji } from 'wanakana';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deidentifier } from '../deidentifier.ts';
import {
  DICTIONARY_LOAD_TIMEOUT_MS,
  PROPERTY_TEST_TIMEOUT_MS,
  sharedDeidentifier,
} from '../testing/shared-deidentifier.ts';
import type { KnownIdentifiers } from '../types.ts';

const IDEOGRAPHIC_SPACE = '\u3000';

let deidentifier: Deidentifier;
beforeAll(async () => {
  deidentifier = await sharedDeidentifier();
}, DICTIONARY_LOAD_TIMEOUT_MS);

const worker: KnownIdentifiers = {
  persons: [
    {
      familyName: '川畑',
      givenName: '春香',
      familyNameKana: 'かわばた',
      givenNameKana: 'はるか',
      nicknames: ['はるちゃん'],
    },
    { familyName: '佐藤', givenName: '健二', familyNameKana: 'さとう', givenNameKana: 'けんじ' },
  ],
  organizations: ['さつま精工', 'SATSUMA精工'],
};

describe('known identifiers', () => {
  it.each([
    '川畑春香です',
    '川畑 春香です',
    `川畑${IDEOGRAPHIC_SPACE}春香です`,
    '川畑です',
    '春香です',
    'かわばた はるかです',
    'カワバタさん',
    'Haruka Kawabata',
    'KAWABATA HARUKA',
    'はるちゃんへ',
    '夫の健二が',
    'Sato Kenji',
    'satou',
  ])('removes the known name in %s', (text) => {
    const types = deidentifier.detect(text, worker).map((e) => e.type);
    expect(types).toContain('PERSON');
    const out = deidentifier.deidentify(text, worker).text;
    expect(out).toContain('〈氏名〉');
  });

  it('finds the employer in any spacing', () => {
    const text = 'さつま 精工で働いています';
    expect(deidentifier.deidentify(text, worker).text).toBe('〈組織名〉で働いています');
  });
});

// Random kanji from the common CJK block and readings from plain kana syllables.
const kanji = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
const syllables =
  'かきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわがぎぐげござじずぜぞだでどばびぶべぼぱぴぷぺぽ';
const kana = fc.constantFrom(...syllables);
const word = (unit: fc.Arbitrary<string>, min: number, max: number) =>
  fc.array(unit, { minLength: min, maxLength: max }).map((parts) => parts.join(''));

const person = fc.record({
  familyName: word(kanji, 1, 3),
  givenName: word(kanji, 1, 2),
  familyNameKana: word(kana, 2, 4),
  givenNameKana: word(kana, 2, 4),
});

const honorific = fc.constantFrom('', 'さん', '様', '君', 'ちゃん', '先生', '部長', 'くん', '氏');
const context = fc.constantFrom(
  ['上司の', 'から毎日怒鳴られます。'],
  ['', 'です。よろしくお願いします'],
  ['名前は', '、連絡ください'],
  ['同じ部署の', 'が休んでいます'],
  ['夫の', 'と子どもの件で'],
);

describe('property: a known name is always removed', () => {
  it(
    'in any script, spacing and with any honorific',
    () => {
      fc.assert(
        fc.property(person, honorific, context, fc.nat(7), (p, suffix, [before, after], form) => {
          const hiraganaFull = `${p.familyNameKana} ${p.givenNameKana}`;
          const forms = [
            `${p.familyName}${p.givenName}`,
            `${p.familyName} ${p.givenName}`,
            `${p.familyName}${IDEOGRAPHIC_SPACE}${p.givenName}`,
            p.familyName,
            p.givenName,
            hiraganaFull,
            toKatakana(p.familyNameKana),
            `${toRomaji(p.givenNameKana)} ${toRomaji(p.familyNameKana).toUpperCase()}`,
          ];
          const written = forms[form] as string;
          const text = `${before}${written}${suffix}${after}`;
          const out = deidentifier.deidentify(text, { persons: [p] }).text;
          for (const piece of written.split(/[ \u3000]/)) expect(out).not.toContain(piece);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );
});
