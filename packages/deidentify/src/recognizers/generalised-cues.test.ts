import { describe, expect, it } from 'vitest';
import { useDetect } from '../testing/use-detect.ts';

// Rules generalised after the first held-out split (issue 15): titles, kin words, trades, form
// labels and foreign-language cues. Names here are in none of the corpus lists.

const { ofType } = useDetect();

describe('family names before the newer titles', () => {
  it.each([
    ['鬼塚施設長に相談しました。', '鬼塚'],
    ['神園支配人がシフトを決めます。', '神園'],
    ['樋脇寮長が部屋に来ます。', '樋脇'],
    ['枦木職長に怒られました。', '枦木'],
    ['梅北看護部長に話しました。', '梅北'],
    ['桑畑ケアマネに連絡します。', '桑畑'],
    ['小濵副主任にいじめられています。', '小濵'],
    ['堀切課長代理が怖いです。', '堀切'],
  ])('%s', (text, name) => expect(ofType(text, 'PERSON')).toEqual([`PERSON:${name}`]));

  it.each([
    '准看護師として働いています。',
    '塾講師のバイトをしています。',
    '市相談員に話しました。',
  ])('no name in %s', (text) => expect(ofType(text, 'PERSON')).toEqual([]));
});

describe('given names after kin words, and a second name joined by と', () => {
  it.each([
    ['甥っ子の颯が泊まりに来ます。', ['颯']],
    ['連れ子のひなたと夫がうまくいきません。', ['ひなた']],
    ['相方の拓海とは別れました。', ['拓海']],
    ['双子のあやとりょうが喧嘩します。', ['あや', 'りょう']],
    ['長男の蓮と次男の湊が', ['蓮', '湊']],
  ])('%s', (text, names) =>
    expect(ofType(text, 'PERSON')).toEqual(names.map((name) => `PERSON:${name}`)),
  );

  it.each(['娘のさくらと公園に行きました。', '夫の健二と話し合いました。'])(
    'only the introduced name in %s',
    (text) => expect(ofType(text, 'PERSON')).toHaveLength(1),
  );
});

describe('family names IPADIC does not know, and names cued by grammar', () => {
  it.each([
    ['申込者：宮路 健吾　連絡先は後で', '宮路 健吾'],
    ['折り返しはこちらにお願いします。神園彩夏', '神園彩夏'],
    ['保護者氏名：樋脇 良太', '樋脇 良太'],
    ['こんにちは、桑畑です。先日お電話した者です。', '桑畑'],
    ['飯牟礼から、「辞めたら損害賠償だ」と言われました。', '飯牟礼'],
    ['ちはや（娘）が熱を出して休みました。', 'ちはや'],
    ['娘の名前はこのはっていいます。', 'このは'],
    ['私（ゆうか）は派遣で働いています。', 'ゆうか'],
    ['相談者名：ひむれ まさと', 'ひむれ まさと'],
    ['振込名義はカミゾノ\u3000アヤカでお願いします。', 'カミゾノ\u3000アヤカ'],
  ])('%s', (text, name) => expect(ofType(text, 'PERSON')).toEqual([`PERSON:${name}`]));

  it.each([
    '上司から「辞めろ」と言われました。',
    '親会社から「撤退する」と言われました。',
    '母は長女美咲と暮らしています。',
    '名前は後で伝えます。',
    '差出人は不明です。',
  ])('no family name invented in %s', (text) =>
    expect(ofType(text, 'PERSON').filter((e) => /上司|会社|長女|後で|不明/.test(e))).toEqual([]),
  );
});

describe('foreign names after cues in their own languages', () => {
  it.each([
    ['Saya Rudi Hermawan, bekerja di pabrik.', 'Rudi Hermawan'],
    ['Xin chào, mình là Lưu Thị Hạnh.', 'Lưu Thị Hạnh'],
    ['Ang kaibigan kong si Weng ay may sakit.', 'Weng'],
    ['WhatsAppでSurajから連絡がありました。', 'Suraj'],
    ['通訳は同じ会社の聶 紅さんにお願いしています。', '聶 紅'],
  ])('%s', (text, name) => expect(ofType(text, 'PERSON')).toEqual([`PERSON:${name}`]));

  it.each(['Zoomから連絡がありました。', 'Excelから数字を写しました。'])('no name in %s', (text) =>
    expect(ofType(text, 'PERSON')).toEqual([]),
  );
});

describe('organisations named by a trade, a team word or the context', () => {
  it.each([
    ['夫はわかたけ酒造の社員です。', 'わかたけ酒造'],
    ['こばと保育所に預けています。', 'こばと保育所'],
    ['ふくろう工房で作っています。', 'ふくろう工房'],
    ['さくら湯治館の仲居です。', 'さくら湯治館'],
    ['息子はしおかぜキッカーズに入っています。', 'しおかぜキッカーズ'],
    ['チームあおぞらのコーチが怖いです。', 'チームあおぞら'],
    ['焼肉 いろり で働いています。', '焼肉 いろり'],
    ['派遣先はかすみで、検品をしています。', 'かすみ'],
    ['系列のみなとリテールに移ります。', 'みなとリテール'],
    ['「こかげ」という雑貨屋で働いています。', 'こかげ'],
    ['いま働いているこまどりは、社員が10人くらいの会社です。', 'こまどり'],
  ])('%s', (text, name) => expect(ofType(text, 'ORGANIZATION')).toEqual([`ORGANIZATION:${name}`]));

  it.each([
    'みんなで保育所に行きます。',
    '魚屋で買い物をしました。',
    '図書館で本を借りました。',
    'チームリーダーに怒られました。',
    'いま働いている職場は人が足りません。',
    '通っている病院で言われました。',
    '子育てグッズを買いました。',
    'ママ友のLINEグループで無視されています。',
  ])('no organisation in %s', (text) => expect(ofType(text, 'ORGANIZATION')).toEqual([]));
});

describe('labelled paperwork numbers and addresses', () => {
  it.each([
    ['診察券番号『123456』を書く欄があります。', ['123456']],
    ['被保険者記号・番号：12345・67', ['12345', '67']],
    ['基礎年金番号【1234-567890】', ['1234-567890']],
    ['会員番号#12345678で登録', ['12345678']],
  ])('%s', (text, values) =>
    expect(ofType(text, 'ID')).toEqual(values.map((value) => `ID:${value}`)),
  );

  it.each([
    ['実家は川原123-4にあります。', '川原123-4'],
    ['父は野方2-3-4に一人で住んでいます。', '野方2-3-4'],
    ['指宿市十二町2345番地6に住んでいます。', '十二町2345番地6'],
  ])('%s', (text, value) => expect(ofType(text, 'ADDRESS')).toEqual([`ADDRESS:${value}`]));

  it.each(['スコアは前半2-1でした。', '自宅は3-2の割合で'])('no address in %s', (text) =>
    expect(ofType(text, 'ADDRESS')).toEqual([]),
  );

  it('keeps the building-room shorthand after a housing name', () =>
    expect(ofType('住所は霧島市国分広瀬2-3-4 県営広瀬団地 3-201です。', 'ADDRESS')).toEqual([
      'ADDRESS:国分広瀬2-3-4 県営広瀬団地 3-201',
    ]));
});
