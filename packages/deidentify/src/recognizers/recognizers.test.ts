import { describe, expect, it } from 'vitest';
import { useDetect } from '../testing/use-detect.ts';

const { detect } = useDetect();

describe('PHONE', () => {
  it.each([
    ['電話 090-1234-5678 です', 'PHONE:090-1234-5678'],
    ['09077431120でお願いします', 'PHONE:09077431120'],
    ['携帯は０８０－４４３２－１１９８', 'PHONE:０８０－４４３２－１１９８'],
    ['０９９‐２５３‐１１２２に', 'PHONE:０９９‐２５３‐１１２２'],
    ['会社は(0995)52-1234です', 'PHONE:(0995)52-1234'],
    ['03(1234)5678まで', 'PHONE:03(1234)5678'],
    ['+81 90-1234-5678 です', 'PHONE:+81 90-1234-5678'],
    ['0120-444-555 に', 'PHONE:0120-444-555'],
    ['050-3456-7890', 'PHONE:050-3456-7890'],
    ['080 1234 9876', 'PHONE:080 1234 9876'],
  ])('%s', (text, expected) => expect(detect(text)).toContain(expected));

  it.each(['残業が月80時間', '時給950円', '血圧140/90', '36協定'])('no phone in %s', (text) => {
    expect(detect(text).filter((e) => e.startsWith('PHONE'))).toEqual([]);
  });
});

describe('EMAIL and URL_HANDLE', () => {
  it.each([
    ['haruka.kawabata@gmail.com に', 'EMAIL:haruka.kawabata@gmail.com'],
    ['yuki.hamasaki(at)gmail.com です', 'EMAIL:yuki.hamasaki(at)gmail.com'],
    ['ｋａｎａ＠ｅｚｗｅｂ．ｎｅ．ｊｐ', 'EMAIL:ｋａｎａ＠ｅｚｗｅｂ．ｎｅ．ｊｐ'],
    ['https://ameblo.jp/hioki-mama-diary に', 'URL_HANDLE:https://ameblo.jp/hioki-mama-diary'],
    ['ブログnote.com/kagomama_diaryに', 'URL_HANDLE:note.com/kagomama_diary'],
    ['アカウントは@hioki_nurse_memoで', 'URL_HANDLE:@hioki_nurse_memo'],
    ['インスタ(＠ryo.k_5588)にも', 'URL_HANDLE:＠ryo.k_5588'],
    ['LINEのIDは tomo-k.0707 です', 'URL_HANDLE:tomo-k.0707'],
  ])('%s', (text, expected) => expect(detect(text)).toContain(expected));
});

describe('POSTAL_CODE and ADDRESS', () => {
  it.each([
    [
      '〒899-2201 日置市東市来町長里123番地 の実家',
      ['POSTAL_CODE:〒899-2201', 'ADDRESS:東市来町長里123番地'],
    ],
    ['〒８９９－５４３２に', ['POSTAL_CODE:〒８９９－５４３２']],
    ['〒 892-0844 です', ['POSTAL_CODE:892-0844']],
    ['郵便番号は8992201です', ['POSTAL_CODE:8992201']],
    [
      '伊集院町徳重1丁目8-2 グリーンハイツ伊集院203号室です',
      ['ADDRESS:伊集院町徳重1丁目8-2 グリーンハイツ伊集院203号室'],
    ],
    [
      '鹿児島市与次郎2丁目4-18 ベイサイド与次郎502 です',
      ['ADDRESS:与次郎2丁目4-18 ベイサイド与次郎502'],
    ],
    ['住所は伊敷5丁目3番12号です', ['ADDRESS:伊敷5丁目3番12号']],
    ['鹿児島県日置市伊集院町下谷口512-3 有村まで', ['ADDRESS:伊集院町下谷口512-3', 'PERSON:有村']],
  ])('%s', (text, expected) => expect(detect(text)).toEqual(expected));

  it.each(['鹿児島中央駅の近く', '日置市の制度', '桜島が見える', '鹿児島県の助成'])(
    'nothing in %s',
    (text) => {
      expect(detect(text)).toEqual([]);
    },
  );
});

describe('ID', () => {
  it.each([
    ['番号は 482039157718 です', 'ID:482039157718'],
    ['社員番号 A-10234 の者', 'ID:A-10234'],
    ['記号は1105、番号は238です', 'ID:1105'],
    ['第1587432号です', 'ID:1587432'],
    ['口座番号（普通 3051742）', 'ID:3051742'],
    ['パスポート番号TK1234567の', 'ID:TK1234567'],
    ['在留カードはAB12345678CDです', 'ID:AB12345678CD'],
    ['ナンバーは鹿児島 580 な 12-34 でした', 'ID:鹿児島 580 な 12-34'],
    ['基礎年金番号は1234-567890です', 'ID:1234-567890'],
  ])('%s', (text, expected) => expect(detect(text)).toContain(expected));

  it('ignores a 12-digit number with a wrong check digit', () => {
    expect(detect('合計 123456789017 件')).toEqual([]);
  });
});

describe('DATE and AGE', () => {
  it.each([
    ['健診は2024年3月14日で', ['DATE:2024年3月14日']],
    ['令和七年一月六日に', ['DATE:令和七年一月六日']],
    ['R6.2.29 生まれ', ['DATE:R6.2.29']],
    ['2023/10/5と2023-10-05', ['DATE:2023/10/5', 'DATE:2023-10-05']],
    ['1/6〜1/10まで', ['DATE:1/6', 'DATE:1/10']],
    ['１０月５日（月）', ['DATE:１０月５日']],
    ['32歳で初めて', ['AGE:32歳']],
    ['母は六十八歳', ['AGE:六十八歳']],
    ['娘は３さいです', ['AGE:３さい']],
    ['６１才の母', ['AGE:６１才']],
    ['下の子はもう４つです', ['AGE:４つ']],
    ['母（８２）が', ['AGE:８２']],
  ])('%s', (text, expected) => expect(detect(text)).toEqual(expected));

  it.each([
    '40代でも',
    '三十代前半',
    '43歳未満が対象',
    '小3と中２',
    '妊娠12週',
    '産後2か月',
    '要介護3',
    '先月と来月',
    '2024年3月に',
    '血圧140/90',
    '体温38.5度',
  ])('nothing in %s', (text) => expect(detect(text)).toEqual([]));
});
