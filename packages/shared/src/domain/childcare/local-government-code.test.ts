import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDigitOf,
  codeNames,
  isValidLocalGovernmentCode,
  readLocalGovernmentCode,
} from './local-government-code.ts';

const fiveDigits = fc
  .tuple(fc.integer({ min: 1, max: 47 }), fc.integer({ min: 0, max: 999 }))
  .map(([p, m]) => `${String(p).padStart(2, '0')}${String(m).padStart(3, '0')}`);

describe('全国地方公共団体コード', () => {
  it('knows the codes of 日置市, 鹿児島市 and 宇都宮市', () => {
    expect(isValidLocalGovernmentCode('462187')).toBe(true);
    expect(isValidLocalGovernmentCode('462012')).toBe(true);
    expect(isValidLocalGovernmentCode('092011')).toBe(true);
    expect(isValidLocalGovernmentCode('462188')).toBe(false);
    expect(checkDigitOf('46218')).toBe(7);
    expect(checkDigitOf('46201')).toBe(2);
  });

  it('repairs a lost leading zero and a missing check digit, refuses a wrong one', () => {
    expect(readLocalGovernmentCode('92011')).toEqual({
      status: 'repaired',
      code: '092011',
      repair: 'leadingZero',
    });
    expect(readLocalGovernmentCode('46218')).toEqual({
      status: 'repaired',
      code: '462187',
      repair: 'checkDigitAdded',
    });
    expect(readLocalGovernmentCode('４６２１８７')).toEqual({ status: 'valid', code: '462187' });
    expect(readLocalGovernmentCode('462180')).toEqual({ status: 'invalid', reason: 'checkDigit' });
    expect(readLocalGovernmentCode('992011')).toEqual({ status: 'invalid', reason: 'prefecture' });
    expect(readLocalGovernmentCode('4621')).toEqual({ status: 'invalid', reason: 'format' });
    expect(codeNames('46218', '462187')).toBe(true);
    expect(codeNames('462012', '462187')).toBe(false);
  });

  it('accepts exactly one check digit for every five digits', () => {
    fc.assert(
      fc.property(fiveDigits, fc.integer({ min: 0, max: 9 }), (five, digit) => {
        expect(isValidLocalGovernmentCode(`${five}${digit}`)).toBe(digit === checkDigitOf(five));
      }),
    );
  });

  it('catches every single-digit typo and every swap of neighbouring digits except where weights coincide mod 11', () => {
    fc.assert(
      fc.property(
        fiveDigits,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 9 }),
        (five, at, delta) => {
          const code = `${five}${checkDigitOf(five)}`;
          const typo = [...code];
          typo[at] = String((Number(typo[at]) + delta) % 10);
          const changed = typo.join('');
          // A change of d at weight w moves the sum by w·d, which is never a multiple of 11;
          // only remainders 0 and 1 share a check digit (both give 0 or 1 after "mod 10").
          const sum = (s: string) =>
            [...s.slice(0, 5)].reduce((a, c, i) => a + Number(c) * (6 - i), 0);
          const shared = (11 - (sum(code) % 11)) % 10 === (11 - (sum(changed) % 11)) % 10;
          expect(isValidLocalGovernmentCode(changed)).toBe(shared && validPrefecture(changed));
        },
      ),
    );
  });

  it('repairs any valid code written without its leading zero or check digit back to itself', () => {
    fc.assert(
      fc.property(fiveDigits, (five) => {
        const code = `${five}${checkDigitOf(five)}`;
        const withoutCheck = readLocalGovernmentCode(five);
        expect(codeNames(five, code)).toBe(true);
        expect(withoutCheck.status).not.toBe('invalid');
        if (code.startsWith('0')) expect(codeNames(code.slice(1), code)).toBe(true);
      }),
    );
  });
});

function validPrefecture(code: string) {
  const p = Number(code.slice(0, 2));
  return p >= 1 && p <= 47;
}
