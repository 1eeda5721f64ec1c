import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageBoundsOf,
  boundsAdmit,
  describeAcceptanceAge,
  parseAcceptanceAge,
  type AgeLowerBound,
  type AgeUpperBound,
} from './acceptance-age.ts';
import { childAgeOn } from './class-age.ts';

const readable = (text: string) => {
  const age = parseAcceptanceAge(text);
  if (!age.readable) throw new Error(`unreadable: ${text}`);
  return { lower: age.lower, upper: age.upper };
};

describe('受入年齢', () => {
  it.each([
    ['６か月～５歳', { unit: 'months', value: 6 }, { unit: 'years', value: 5 }],
    ['産休明け～５歳', { unit: 'days', value: 57 }, { unit: 'years', value: 5 }],
    ['生後57日～就学前', { unit: 'days', value: 57 }, { unit: 'class', value: 5 }],
    ['未就学児', null, { unit: 'class', value: 5 }],
    ['18歳未満', null, { unit: 'years', value: 17 }],
    ['0歳～2歳', { unit: 'years', value: 0 }, { unit: 'years', value: 2 }],
    ['0～2歳児', { unit: 'years', value: 0 }, { unit: 'years', value: 2 }],
    ['1歳6ヶ月〜', { unit: 'months', value: 18 }, null],
    ['生後３カ月－５才', { unit: 'months', value: 3 }, { unit: 'years', value: 5 }],
    ['満3歳以上', { unit: 'years', value: 3 }, null],
    ['小学生', { unit: 'class', value: 6 }, { unit: 'class', value: 11 }],
    ['0歳から18歳まで', { unit: 'years', value: 0 }, { unit: 'years', value: 18 }],
    ['6か月~5歳（一時預かりは1歳から）', { unit: 'months', value: 6 }, { unit: 'years', value: 5 }],
  ] as const)('reads 「%s」', (text, lower, upper) => {
    expect(readable(text)).toEqual({ lower, upper });
  });

  it.each(['応相談', '5歳～1歳', '0歳～2歳、4歳～5歳', '', '要問合せ', '999歳まで'])(
    'keeps 「%s」 as written, unreadable',
    (text) => {
      expect(parseAcceptanceAge(text)).toEqual({ readable: false, text });
    },
  );

  it('says what a range means in words', () => {
    expect(describeAcceptanceAge(parseAcceptanceAge('産休明け～５歳'), true).ja).toBe(
      '生後57日（産休明け）～5歳児クラス',
    );
    expect(describeAcceptanceAge(parseAcceptanceAge('未就学児'), false).ja).toBe(
      '誕生～就学前（6歳後の3月31日まで）',
    );
  });

  const digits = (n: number, fullWidth: boolean) =>
    fullWidth
      ? String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
      : String(n);
  const tilde = fc.constantFrom('～', '〜', '~', '-', '－', 'から');
  const monthWord = fc.constantFrom('か月', 'ヶ月', 'カ月', 'ヵ月', 'ケ月');
  const yearWord = fc.constantFrom('歳', '才', '歳児');
  const width = fc.boolean();

  const lowerText: fc.Arbitrary<[string, AgeLowerBound]> = fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 11 }), monthWord, width)
      .map(([n, w, f]): [string, AgeLowerBound] => [
        `${digits(n, f)}${w}`,
        { unit: 'months', value: n },
      ]),
    fc
      .tuple(fc.integer({ min: 1, max: 120 }), width)
      .map(([n, f]): [string, AgeLowerBound] => [
        `生後${digits(n, f)}日`,
        { unit: 'days', value: n },
      ]),
    fc.constant<[string, AgeLowerBound]>(['産休明け', { unit: 'days', value: 57 }]),
    fc
      .tuple(fc.integer({ min: 0, max: 2 }), yearWord, width)
      .map(([n, w, f]): [string, AgeLowerBound] => [
        `${digits(n, f)}${w}`,
        { unit: 'years', value: n },
      ]),
  );
  const upperText: fc.Arbitrary<[string, AgeUpperBound]> = fc.oneof(
    fc
      .tuple(fc.integer({ min: 3, max: 18 }), yearWord, width)
      .map(([n, w, f]): [string, AgeUpperBound] => [
        `${digits(n, f)}${w}`,
        { unit: 'years', value: n },
      ]),
    fc
      .tuple(fc.integer({ min: 3, max: 18 }), yearWord, width)
      .map(([n, w, f]): [string, AgeUpperBound] => [
        `${digits(n, f)}${w}未満`,
        { unit: 'years', value: n - 1 },
      ]),
    fc.constant<[string, AgeUpperBound]>(['就学前', { unit: 'class', value: 5 }]),
  );

  it('reads any generated range, whatever the width of digits and the kind of tilde', () => {
    fc.assert(
      fc.property(
        lowerText,
        tilde,
        upperText,
        fc.boolean(),
        ([l, lower], t, [u, upper], spaced) => {
          const text = spaced ? `${l} ${t} ${u}` : `${l}${t}${u}`;
          const right = t === 'から' ? u.replace(/未満$/, '未満') : u;
          expect(readable(text.replace(u, right))).toEqual({ lower, upper });
        },
      ),
    );
  });

  it('never loses a text: an unreadable one comes back exactly as written', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const age = parseAcceptanceAge(text);
        expect(age.text).toBe(text);
      }),
    );
  });

  it('admits a child exactly when the bounds say so, checked against the age itself', () => {
    const date = fc
      .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 11, 31) })
      .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(lowerText, upperText, date, date, fc.boolean(), ([l], [u], a, b, classBased) => {
        const [birth, on] = a <= b ? [a, b] : [b, a];
        const age = parseAcceptanceAge(`${l}～${u}`);
        if (!age.readable) return;
        const child = childAgeOn(birth, on)!;
        const lowerOk =
          !age.lower ||
          (age.lower.unit === 'days' && child.days >= age.lower.value) ||
          (age.lower.unit === 'months' && child.months >= age.lower.value) ||
          (age.lower.unit === 'years' &&
            (classBased ? child.classAge : child.years) >= age.lower.value) ||
          (age.lower.unit === 'class' && child.classAge >= age.lower.value);
        const upperOk =
          !age.upper ||
          (age.upper.unit === 'months' && child.months <= age.upper.value) ||
          (age.upper.unit === 'years' &&
            (classBased ? child.classAge : child.years) <= age.upper.value) ||
          (age.upper.unit === 'class' && child.classAge <= age.upper.value);
        expect(boundsAdmit(ageBoundsOf(age, classBased), child)).toBe(lowerOk && upperOk);
      }),
    );
  });
});
