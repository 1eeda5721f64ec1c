import { beforeAll, describe, expect, it } from 'vitest';
import type { Deidentifier } from './deidentifier.ts';
import { DICTIONARY_LOAD_TIMEOUT_MS, sharedDeidentifier } from './testing/shared-deidentifier.ts';

let deidentifier: Deidentifier;
beforeAll(async () => {
  deidentifier = await sharedDeidentifier();
}, DICTIONARY_LOAD_TIMEOUT_MS);

describe('deidentify', () => {
  it.each([
    ['次の健診は2024年3月14日で、32歳です。', '次の健診は2024年3月で、30〜34歳です。'],
    ['5月22日の朝礼で、部長の上村から', '5月の朝礼で、部長の〈氏名〉から'],
    ['母（８２）が〒899-2201に', '母（80〜84歳）が〈郵便番号〉に'],
    ['99歳の祖母', '90歳以上の祖母'],
    [
      'メール(mamadiary.kago@yahoo.co.jp)とhttps://x.com/abc',
      'メール(〈メールアドレス〉)と〈URL・ハンドル〉',
    ],
    ['株式会社さつま精工の社員番号 A-10234', '〈組織名〉の社員番号 〈ID〉'],
    ['伊集院町徳重1丁目8-2です', '〈住所〉です'],
  ])('%s', (text, expected) => {
    expect(deidentifier.deidentify(text).text).toBe(expected);
  });

  it('leaves text without personal information untouched', () => {
    const text =
      '残業が月80時間、体温38.5度、血圧140/90、妊娠12週、時給950円、要介護4、日置市の制度。';
    expect(deidentifier.deidentify(text)).toEqual({ text, entities: [] });
  });

  it('returns offsets into the original text, not the normalised one', () => {
    const text = '㈱みなみ住設の０９０－１２３４－５６７８';
    const entities = deidentifier.detect(text);
    expect(entities.map((e) => text.slice(e.start, e.end))).toEqual([
      '㈱みなみ住設',
      '０９０－１２３４－５６７８',
    ]);
  });
});
