/**
 * Word lists of the night held-out split, written on 2026-12-07 (night) after the rules of that
 * session (recognizers/uncued-name.ts, organization-staff.ts) were committed, and measured only
 * before the figures in bench/README.md. No name, stem, town or building here is in an earlier
 * list, the sealed split's included (checked by assertDisjoint in fresh.ts).
 */
import type { Lexicon } from './fresh-lexicon.ts';
import type { ForeignName } from './names-foreign.ts';
import type { JapaneseName } from './names-japanese.ts';

const split = (list: string): string[] => list.trim().split(/\s+/);
const names = (list: string): JapaneseName[] =>
  split(list).map((entry) => {
    const [kanji, kana] = entry.split(':') as [string, string];
    return { kanji, kana };
  });
const pairs = (list: string): ForeignName[] =>
  split(list).map((entry) => {
    const [latin, katakana] = entry.split('/') as [string, string];
    return { latin, katakana };
  });

export const NIGHT_LEXICON: Lexicon = {
  surnames: names(`
    湯之前:ゆのまえ 神園:かみぞの 奥園:おくぞの 枦木:はじき 久保園:くぼぞの 税所:さいしょ 鬼丸:おにまる
    猪鹿倉:いかくら 蓑毛:みのけ 馬場園:ばばぞの 樋渡:ひわたし 船間:ふなま 竪山:たてやま`),
  wordSurnames: names(`汐見:しおみ 畠:はたけ 鴨:かも 椎:しい 檜:ひのき`),
  given: names(`
    凛花:りんか 雅美:まさみ 伸治:しんじ 智恵:ちえ 亮平:りょうへい`),
  oneKanji: names(`榛:はしば 汀:みぎわ 蕗:ふき 茅:かや`),
  hiragana: split(`えみり ののか すずね まゆこ`),
  katakana: split(`トワ ロク カンナ`),
  nationalities: [
    {
      country: 'Uzbekistan',
      fromJa: 'ウズベキスタン',
      given: pairs(`Jasur/ジャスル Dilnoza/ディルノザ Sardor/サルドル`),
      family: pairs(`Rakhimov/ラヒモフ Yusupova/ユスポワ Tursunov/トゥルスノフ`),
      middle: [],
      familyFirst: false,
      ownLanguage: ['Mening ismim {name}.'],
    },
    {
      country: 'Cambodia',
      fromJa: 'カンボジア',
      given: pairs(`Sokha/ソカー Sreymom/スレイモム`),
      family: pairs(`Prak/プラック Chhay/チャイ`),
      middle: [],
      familyFirst: true,
      ownLanguage: ['Knhom chhmua {name}.'],
    },
  ],
  chinese: [
    ['閻', '翊'],
    ['盧', '琛'],
  ],
  stems: split(`ルミナス 翠風 白砂 潮騒 うたかた ことのは わたげ コンパス 蒼穹`),
  placeStems: split(`国分 溝辺 重富`),
  suffixes: split(`整骨院 洋菓子店 板金工業 造園 写真館 鮮魚店 石材店 接骨院 運送店 研究所`),
  teams: ['{stem}少年野球', '{stem}剣道スポーツ少年団', '{stem}ジュニアバレー'],
  towns: [
    { prefix: '薩摩川内市', towns: split(`祁答院町藺牟田 入来町副田`) },
    { prefix: '南さつま市', towns: split(`加世田川畑 大浦町`) },
    { prefix: '霧島市', towns: split(`国分広瀬 国分川内`) },
  ],
  buildings: split(`ルシエル カーサ翠 ブランシェ`),
  housing: split(`県営{town}団地 {town}教職員住宅`),
};
