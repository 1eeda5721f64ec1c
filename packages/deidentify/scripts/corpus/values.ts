import { toRomaji } from 'wanakana';
import { myNumberCheckDigit } from '../../src/index.ts';
import { half, type Random, type Split } from './random.ts';

/**
 * Formats of numbers, dates and ages as people type them: ASCII or full-width digits, kanji
 * numerals, unusual hyphens. Written to the label rules of shared/eval/README.md.
 */
export class Values {
  readonly random: Random;
  readonly split: Split;

  constructor(random: Random, split: Split) {
    this.random = random;
    this.split = split;
  }

  digits(count: number): string {
    let result = String(this.random.int(1, 9));
    while (result.length < count) result += String(this.random.int(0, 9));
    return result;
  }

  /** Sometimes full-width, as typed on a phone's Japanese keyboard. */
  width(text: string, probability = 0.35): string {
    if (!this.random.chance(probability)) return text;
    return text.replace(/[0-9A-Za-z-]/g, (c) =>
      c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
    );
  }

  phone(): string {
    const mobile = `0${this.random.pick(['90', '80', '70'])}`;
    const formats = [
      () => `${mobile}-${this.digits(4)}-${this.digits(4)}`,
      () => `${mobile}${this.digits(4)}${this.digits(4)}`,
      () => `099-${this.digits(3)}-${this.digits(4)}`,
      () => `(0995)${this.digits(2)}-${this.digits(4)}`,
      () => `${mobile} ${this.digits(4)} ${this.digits(4)}`,
      () => `+81 ${mobile.slice(1)}-${this.digits(4)}-${this.digits(4)}`,
      () => `${mobile}‐${this.digits(4)}‐${this.digits(4)}`,
    ];
    return this.width(this.random.pick(half(formats, this.split))());
  }

  email(local: string): string {
    const domain = this.random.pick(
      half(
        ['gmail.com', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'yahoo.co.jp', 'outlook.jp'],
        this.split,
      ),
    );
    return this.random.chance(0.15) ? `${local}＠${domain}` : `${local}@${domain}`;
  }

  postalCode(): string {
    const code = `${this.random.pick(['899', '890', '891', '895', '411'])}-${this.digits(4)}`;
    const formats = [
      `〒${code}`,
      code,
      `〒${code.replace('-', '')}`,
      `〒${code.replace('-', '－')}`,
    ];
    return this.width(this.random.pick(formats));
  }

  romaji(kana: string): string {
    const romaji = toRomaji(kana);
    return romaji.charAt(0).toUpperCase() + romaji.slice(1);
  }

  handle(base: string): string {
    const joiner = this.random.pick(['_', '.', '', '-']);
    const suffix = this.random.pick(['', String(this.random.int(1, 99)), this.digits(4)]);
    return `${base}${joiner}${suffix}`.replace(/[-._]$/, '');
  }

  myNumber(): string {
    const eleven = this.digits(11);
    return `${eleven}${myNumberCheckDigit(eleven)}`;
  }

  month(): number {
    return this.random.int(1, 12);
  }

  day(): number {
    return this.random.int(1, 28);
  }

  /** A calendar date in one of the notations the label rules list. */
  date(): string {
    const y = this.random.int(2019, 2026);
    const m = this.month();
    const d = this.day();
    const reiwa = y - 2018;
    const pad = (n: number): string => String(n).padStart(2, '0');
    const formats = [
      () => `${y}年${m}月${d}日`,
      () => `令和${reiwa}年${m}月${d}日`,
      () => `${m}/${d}`,
      () => `${y}/${m}/${d}`,
      () => `R${reiwa}.${m}.${d}`,
      () => `${m}月${d}日`,
      () => this.width(`${m}月${d}日`, 1),
      () => `${kanjiNumber(m)}月${kanjiNumber(d)}日`,
      () => `${y}-${pad(m)}-${pad(d)}`,
      () => `令和${kanjiNumber(reiwa)}年${kanjiNumber(m)}月${kanjiNumber(d)}日`,
      () => `${y}.${m}.${d}`,
      () => `${pad(m)}/${pad(d)}`,
    ];
    return this.random.pick(formats)();
  }

  birthDate(): string {
    const year = this.random.int(1955, 2003);
    const m = this.month();
    const d = this.day();
    return this.random.pick([
      `昭和${Math.max(30, year - 1925)}年${m}月${d}日`,
      `平成${Math.max(1, year - 1988)}年${m}月${d}日`,
      `${year}年${m}月${d}日`,
      `${year}/${m}/${d}`,
      `S${Math.max(30, year - 1925)}.${m}.${d}`,
    ]);
  }

  /** An exact age as written after a person or alone. */
  age(low = 18, high = 89): string {
    const years = this.random.int(low, high);
    const formats = [
      () => `${years}歳`,
      () => this.width(`${years}歳`, 1),
      () => `${years}才`,
      () => `${kanjiNumber(years)}歳`,
      () => `${years}さい`,
    ];
    return this.random.pick(formats)();
  }
}

const KANJI_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 68 → 六十八, 10 → 十. */
export function kanjiNumber(value: number): string {
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  const tensPart = tens === 0 ? '' : `${tens === 1 ? '' : KANJI_DIGITS[tens]}十`;
  return `${tensPart}${KANJI_DIGITS[ones]}`;
}
