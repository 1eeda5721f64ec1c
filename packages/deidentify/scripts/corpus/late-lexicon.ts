/**
 * Word lists of the late held-out split, written on 2026-12-07 after the recognizer rules of that
 * day were committed (89b8933) and measured on nothing before the final figures. No name, stem,
 * town or building here is in an earlier list (checked by assertDisjoint in fresh.ts).
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

export const LATE_LEXICON: Lexicon = {
  surnames: names(`
    中馬:ちゅうまん 堂園:どうぞの 小濱:こはま 川路:かわじ 隈元:くまもと 岩元:いわもと 新納:にいろ 本村:もとむら
    竹之内:たけのうち 大重:おおしげ 上野原:うえのはら 蔵之下:くらのした 福元:ふくもと 西園:にしぞの 田畑:たばた
    脇田:わきた 持留:もちどめ 中釜:なかがま 久木田:くきた 安楽:あんらく 春田:はるた 吉井:よしい 平山:ひらやま`),
  wordSurnames: names(`
    梶:かじ 桑:くわ 藤:ふじ 菱:ひし 鷹:たか 鳩:はと 釜:かま 樽:たる 薮:やぶ 宇野:うの 寺田:てらだ 長尾:ながお
    関口:せきぐち 岡村:おかむら`),
  given: names(`
    美里:みさと 千晶:ちあき 陽向:ひゅうが 隆太:りゅうた 孝雄:たかお 和恵:かずえ 美代子:みよこ 秀樹:ひでき
    大地:だいち 涼太:りょうた 紗奈:さな 康介:こうすけ 里香:りか 拓郎:たくろう 恵理子:えりこ`),
  oneKanji: names(
    `晴:はる 玄:げんと 凪:なぎ 灯:ともり 麦:むぎ 紡:つむぐ 巴:ともえ 魁:さきがけ 絆:きずな 暁:さとる 睦:むつみ`,
  ),
  hiragana: split(
    `こなつ しほ みなせ ゆいか ちとせ ももね ゆきな はなえ かずま りょうま てつお ひでと`,
  ),
  katakana: split(`ジロウ ゲン ミツル ミオリ ハヅキ キヨ ルイ マコ`),
  nationalities: [
    {
      country: 'Thailand',
      fromJa: 'タイ',
      given: pairs(`Somchai/ソムチャイ Nittaya/ニッタヤー Kanya/カンヤー Anong/アノン`),
      family: pairs(
        `Srisuk/シースック Boonmee/ブンミー Chaiyaporn/チャイヤポン Kaewkla/ケーオクラー`,
      ),
      middle: [],
      familyFirst: false,
      ownLanguage: ['Sawasdee ka, {name} ka.', 'ฉันชื่อ {name}'],
    },
    {
      country: 'Mongolia',
      fromJa: 'モンゴル',
      given: pairs(
        `Bat-Erdene/バトエルデネ Enkhjargal/エンフジャルガル Tsetseg/ツェツェグ Ganbaatar/ガンバートル`,
      ),
      family: pairs(`Dorj/ドルジ Bold/ボルド Sukh/スフ`),
      middle: [],
      familyFirst: true,
      ownLanguage: ['Minii ner {name}.'],
    },
    {
      country: 'Peru',
      fromJa: 'ペルー',
      given: pairs(`Rosa/ロサ Carlos/カルロス Luz/ルス Wilmer/ウィルメル`),
      family: pairs(`Quispe/キスペ Mamani/ママニ Huaman/ワマン Condori/コンドリ`),
      middle: [],
      familyFirst: false,
      ownLanguage: ['Me llamo {name}.', 'Soy {name}, trabajo en una fábrica.'],
    },
    {
      country: 'Vietnam',
      fromJa: 'ベトナム',
      given: pairs(`Nhi/ニー Phat/ファット Khoa/コア Uyen/ウエン`),
      family: pairs(`Quach/クアック Kieu/キエウ`),
      middle: pairs(`Bich/ビック`),
      familyFirst: true,
      ownLanguage: ['Chào chị, em tên {name}.'],
    },
  ],
  chinese: [
    ['姚', '璐'],
    ['邵', '航'],
    ['龐', '妍'],
    ['翟', '晨'],
  ],
  stems: split(
    `ゆめのき まほろば ひなげし あけぼの れんげ どんぐり 光陽 紫苑 蓬莱 青葉 カメリア リブレ アトラス テラコッタ`,
  ),
  placeStems: split(`大口 菱刈 財部 牧園 横川 栗野 福山 国見`),
  suffixes: split(`
    整体 ふとん店 米店 ガラス店 自転車店 美容院 眼鏡店 工業所 左官 瓦 会館 温泉 スタジオ 歯科クリニック
    ヘルパーステーション 畳店 鉄工 運輸 家具`),
  teams: [
    '{stem}ジュニアバドミントン',
    '{stem}太鼓保存会',
    '{stem}ママさんバレー',
    '{stem}ラグビースクール',
    '{stem}卓球クラブ',
  ],
  towns: [
    { prefix: '伊佐市', towns: split(`大口里 菱刈前目 大口原田`) },
    { prefix: '曽於市', towns: split(`末吉町二之方 財部町南俣`) },
    { prefix: '南九州市', towns: split(`知覧町郡 川辺町平山`) },
    { prefix: '奄美市', towns: split(`名瀬入舟町 笠利町中金久`) },
    { prefix: '静岡県沼津市', towns: split(`大岡 西間門`) },
  ],
  buildings: split(`パストラル レーベン アルカディア クレール ヴェルデ シャルム`),
  housing: split(`県営{town}第三団地 {town}職員宿舎 町営住宅{town}`),
};
