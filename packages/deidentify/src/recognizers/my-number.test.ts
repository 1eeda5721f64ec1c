import { describe, expect, it } from 'vitest';
import { isValidMyNumber, myNumberCheckDigit } from './my-number.ts';

describe('My Number check digit (総務省令 第5条)', () => {
  it.each([
    ['12345678901', 8],
    ['48203915771', 8],
    ['00000000000', 0],
    ['11111111111', 8],
    ['20000000000', 0],
    ['10000000000', 5],
  ])('check digit of %s is %i', (first11, digit) => {
    expect(myNumberCheckDigit(first11)).toBe(digit);
  });

  it.each([
    ['123456789018', true],
    ['482039157718', true],
    ['1234 5678 9018', true],
    ['1234-5678-9018', true],
    ['123456789017', false],
    ['12345678901', false],
  ])('%s valid: %s', (value, valid) => {
    expect(isValidMyNumber(value)).toBe(valid);
  });
});
