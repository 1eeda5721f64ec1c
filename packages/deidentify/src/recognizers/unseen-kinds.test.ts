import { describe, expect, it } from 'vitest';
import { useDetect } from '../testing/use-detect.ts';

// The kinds of text issue 15 found missed on an unseen set, one rule per row.

const { ofType } = useDetect();

describe('given names introduced by a family word, a partner or the writer', () => {
  it.each([
    ['妻・りくが産後うつかもしれません', 'りく'],
    ['パートナーのさきと入籍します', 'さき'],
    ['息子（律）が噛みつきます', '律'],
    ['息子（結菜）が学校に行きません', '結菜'],
    ['友人のゆうとに相談しました', 'ゆうと'],
    ['名前は楓です', '楓'],
    ['彼氏の咲良から毎日連絡が来ます', '咲良'],
    ['弟の優斗が仕事を辞めました', '優斗'],
    ['妻・雫が眠れていません', '雫'],
    ['友達の恵も同じ職場です', '恵'],
    ['娘ののぞみが熱を出しました', 'のぞみ'],
    ['彼氏のゆうとが怒ります', 'ゆうと'],
    ['夫のゆうとは夜勤が多いです', 'ゆうと'],
    ['夫のみなとは単身赴任中です', 'みなと'],
    ['友人のさきとは仲がいいです', 'さき'],
    ['息子のたっくんが5歳になりました', 'たっくん'],
    ['妻のアナリンはフィリピン出身です', 'アナリン'],
    ['彼氏のソラから毎日LINEが来ます', 'ソラ'],
    ['実はりく（長男）のことで悩んでいます', 'りく'],
    ['環（6）の発達のことで相談です', '環'],
    ['工場長の下園が労災にしないと言いました', '下園'],
    ['名前：山田 花子', '山田 花子'],
    ['氏名 藤原蒼空（55歳）', '藤原蒼空'],
    ['ルームメイトのアイシャが泣いています', 'アイシャ'],
  ])('%s', (text, name) => expect(ofType(text, 'PERSON')).toEqual([`PERSON:${name}`]));

  it.each([
    '夫の浮気が原因です',
    '夫の希望が通りません',
    '娘の熱が下がりません',
    '娘のために頑張っています',
    '夫の実家に行くのがつらい',
    '上司の指示がころころ変わる',
    '課長にいつも怒鳴られます',
    '森先生、ありがとうございました',
    '夫は夜勤が多いです',
    '私は看護師です',
    '名前は出さないでください',
    '上の子たちは小学生です',
  ])('no name in %s', (text) =>
    expect(ofType(text, 'PERSON').filter((e) => !e.includes('森'))).toEqual([]),
  );
});

describe('names in Latin script, katakana and chat display names', () => {
  it.each([
    ['Hi, this is Jasmine. I cannot sleep.', ['Jasmine']],
    ['Ako po si Rowena Dela Cruz.', ['Rowena Dela Cruz']],
    ['My supervisor Mr. Yamashita shouts at me.', ['Yamashita']],
    ['インスタの名前はTomomiです', ['Tomomi']],
    ['Nama saya Putri Lestari.', ['Putri Lestari']],
    ['グループLINEで「Tsuyoshi@育休中」という人から', ['Tsuyoshi']],
    ['LINEで「あっちゃん」と名乗る人から', ['あっちゃん']],
    ['振込名義はスガワラ ユウトでお願いします', ['スガワラ ユウト']],
    ['振込名義はまるやま ともこでお願いします', ['まるやま ともこ']],
  ])('%s', (text, names) =>
    expect(ofType(text, 'PERSON')).toEqual(names.map((name) => `PERSON:${name}`)),
  );

  it.each([
    'ケアマネージャーさんに相談しました',
    'ストレス チェックの結果',
    'I am tired and I cannot sleep well.',
    'Ako si pagod.',
  ])('no name in %s', (text) => expect(ofType(text, 'PERSON')).toEqual([]));
});

describe('family names that are words or single kanji, with a title', () => {
  it.each([
    ['東部長にセクハラされています', '東'],
    ['南店長は優しいです', '南'],
    ['星先生に相談しました', '星'],
    ['工場長の大橋が怒鳴ります', '大橋'],
    ['以上、中野でした', '中野'],
  ])('%s', (text, name) => expect(ofType(text, 'PERSON')).toEqual([`PERSON:${name}`]));

  it.each(['本部長に呼ばれました', '新店長が来ました', '営業部長の方針です', '前課長の時は'])(
    'no name in %s',
    (text) => expect(ofType(text, 'PERSON')).toEqual([]),
  );
});

describe('organisations with ordinary-word stems and from context', () => {
  it.each([
    ['陽光病院に通院しています', '陽光病院'],
    ['スマイル水産で働いています', 'スマイル水産'],
    ['さつま鉄工所に勤めています', 'さつま鉄工所'],
    ['ひまわり亭でバイトしています', 'ひまわり亭'],
    ['近所の朝日建設で働いています', '朝日建設'],
    ['ルピナスデイケアさんには感謝しています', 'ルピナスデイケア'],
    ['息子が入っているさつまバレーボールクラブのコーチが', 'さつまバレーボールクラブ'],
    ['子会社の陽光テックに出向になりました', '陽光テック'],
    ['勤め先はふたばという小さな会社です', 'ふたば'],
    ['ひまわりっていうお店でパートしています', 'ひまわり'],
    ['娘はミニバスケットボールクラブ南風に入っています', 'ミニバスケットボールクラブ南風'],
    ['介護施設ひだまりの里に入所しました', '介護施設ひだまりの里'],
  ])('%s', (text, name) => expect(ofType(text, 'ORGANIZATION')).toEqual([`ORGANIZATION:${name}`]));

  it.each([
    '近くの総合病院の心療内科',
    '大学病院で検査',
    '子ども食堂のボランティア',
    '職場の写真を載せられました',
    '職場は人が足りません',
    '勤め先は病院です',
    '包括支援センターに相談',
    '患者様向けの説明会',
    'ナースセンターにも相談',
    'メンタルクリニックに通っています',
    '地元の建設会社に就職しました',
    '子会社の社長が来ました',
    '職場の日向さんから誘われます',
  ])('no organisation in %s', (text) => expect(ofType(text, 'ORGANIZATION')).toEqual([]));
});

describe('address parts after the town', () => {
  it.each([
    ['武岡1丁目5番18号 カーサ206です', '武岡1丁目5番18号 カーサ206'],
    ['国分福島3丁目29-8 サンハイム B棟 109に', '国分福島3丁目29-8 サンハイム B棟 109'],
    ['県営住吉団地3号棟205号室に住んでいます', '県営住吉団地3号棟205号室'],
  ])('%s', (text, address) => expect(ofType(text, 'ADDRESS')).toEqual([`ADDRESS:${address}`]));

  it.each(['団地の3号棟は古いです', '記号：鹿児12 番号：34'])('no address in %s', (text) =>
    expect(ofType(text, 'ADDRESS')).toEqual([]),
  );
});

describe('numbers labelled in paperwork, full-width and quoted', () => {
  it.each([
    ['保険証の記号「１２３４５」番号「６７」です', ['１２３４５', '６７']],
    ['保険証（記号44392 番号3）を紛失しました', ['44392', '3']],
    ['保険証は記号：鹿児12 番号：３４です', ['鹿児12', '３４']],
    ['労働保険番号は４６１０１１２３４５６－０００です', ['４６１０１１２３４５６－０００']],
    ['基礎年金番号 1234 567890', ['1234 567890']],
  ])('%s', (text, ids) => expect(ofType(text, 'ID')).toEqual(ids.map((id) => `ID:${id}`)));
});

describe('URLs and handles without a scheme', () => {
  it.each([
    ['インスタ（instagram.com/kaigo.diary.74）に', 'instagram.com/kaigo.diary.74'],
    ['LINE公式は lin.ee/417Ab60 です', 'lin.ee/417Ab60'],
    ['TikTokのwww.tiktok.com/@hioki_mama-99に', 'www.tiktok.com/@hioki_mama-99'],
    ['ameblo.jp/abc-def/entry-12345.html に', 'ameblo.jp/abc-def/entry-12345.html'],
  ])('%s', (text, url) => expect(ofType(text, 'URL_HANDLE')).toEqual([`URL_HANDLE:${url}`]));
});
