import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from './normalize.ts';

describe('normalize', () => {
  it.each([
    ['０９０－１２３４－５６７８', '090-1234-5678'],
    ['０９９‐２７２ー１２３４', '099-272-1234'],
    ['ラーメン', 'ラーメン'],
    ['ｶﾀｶﾅ ＡＢＣ＠ｘ．ｊｐ', 'カタカナ ABC@x.jp'],
    ['〇九〇一二三四五六七八', '09012345678'],
    ['一二三', '一二三'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('maps spans in the normalised text back to the original', () => {
    const original = '㈱みなみ 📞０９０';
    const normalized = normalize(original);
    expect(normalized.text).toBe('(株)みなみ 📞090');
    const company = toOriginalSpan(normalized, 0, 6);
    expect(original.slice(company.start, company.end)).toBe('㈱みなみ');
    const digits = normalized.text.indexOf('090');
    const phone = toOriginalSpan(normalized, digits, digits + 3);
    expect(original.slice(phone.start, phone.end)).toBe('０９０');
  });

  it('never splits a surrogate pair', () => {
    const original = 'a😀b';
    const normalized = normalize(original);
    const span = toOriginalSpan(normalized, 1, 2);
    expect(original.slice(span.start, span.end)).toBe('😀');
  });
});
