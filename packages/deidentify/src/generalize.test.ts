import { describe, expect, it } from 'vitest';
import { ageBand, dateToMonth } from './generalize.ts';

describe('ageBand', () => {
  it.each([
    ['32歳', '30〜34歳'],
    ['２８歳', '25〜29歳'],
    ['六十八歳', '65〜69歳'],
    ['３さい', '0〜4歳'],
    ['４つ', '0〜4歳'],
    ['82', '80〜84歳'],
    ['95歳', '90歳以上'],
  ])('%s → %s', (age, band) => expect(ageBand(age)).toBe(band));
});

describe('dateToMonth', () => {
  it.each([
    ['2024年3月14日', '2024年3月'],
    ['2024/4/8', '2024年4月'],
    ['2023-10-05', '2023年10月'],
    ['令和6年4月1日', '令和6年4月'],
    ['令和七年一月六日', '令和7年1月'],
    ['R6.2.29', '令和6年2月'],
    ['S55.11.3', '昭和55年11月'],
    ['令和元年5月1日', '令和1年5月'],
    ['5月22日', '5月'],
    ['3/14', '3月'],
    ['１０月５日', '10月'],
  ])('%s → %s', (date, month) => expect(dateToMonth(date)).toBe(month));
});
