/**
 * Word lists of the fresh held-out split (written 2026-12-07, after the first held-out split's
 * figures were known). Every name, stem, town and building here is new: none is in the tuning or
 * first held-out lists (checked by `assertDisjoint` in fresh.ts), and the recognizer never imports
 * this file.
 */
import type { ForeignName, Nationality } from './names-foreign.ts';
import type { JapaneseName } from './names-japanese.ts';

const split = (list: string): string[] => list.trim().split(/\s+/);

function names(list: string): JapaneseName[] {
  return split(list).map((entry) => {
    const [kanji, kana] = entry.split(':') as [string, string];
    return { kanji, kana };
  });
}

function pairs(list: string): ForeignName[] {
  return list
    .trim()
    .split(/\s{2,}|\n/)
    .map((entry) => {
      const [latin, katakana] = entry.trim().split('/') as [string, string];
      return { latin, katakana };
    });
}

export const FRESH_SURNAMES = names(`
梶原:かじわら 宇都:うと 吉永:よしなが 福永:ふくなが 濱崎:はまさき 蔵元:くらもと 鍋島:なべしま 下村:しもむら
小田原:おだわら 篠原:しのはら 瀬戸口:せとぐち 鶴田:つるだ 馬場:ばば 古川:ふるかわ 溝口:みぞぐち 桑原:くわはら
有馬:ありま 西田:にしだ 宮原:みやはら 荒木:あらき 満留:みつどめ 塩田:しおた 若松:わかまつ 児玉:こだま
肝付:きもつき 南園:みなみぞの 帖佐:ちょうさ 仮屋:かりや 田之上:たのうえ 立石:たていし 徳重:とくしげ 伊地知:いじち
別府:べっぷ 益満:ますみつ 末吉:すえよし 蓑田:みのだ 牧之瀬:まきのせ 餅原:もちはら 四元:よつもと 屋宮:おくみや
`);

/** Family names that are also ordinary words or single kanji. */
export const FRESH_WORD_SURNAMES = names(`
堤:つつみ 橘:たちばな 芝:しば 牧:まき 奥:おく 脇:わき 里:さと 鶴:つる 亀:かめ 熊:くま 桐:きり 榎:えのき
栃:とち 溝:みぞ 舟:ふね 都:みやこ 巽:たつみ 麓:ふもと 筧:かけい 寺:てら 館:たち 野:の 石橋:いしばし 松原:まつばら
竹下:たけした 小池:こいけ 大谷:おおたに 岩田:いわた 中島:なかしま 早川:はやかわ 古賀:こが 市場:いちば
`);

export const FRESH_GIVEN = names(`
美奈子:みなこ 千夏:ちなつ 早苗:さなえ 綾乃:あやの 沙耶:さや 瑞穂:みずほ 由佳:ゆか 絵里:えり 加代子:かよこ
詩乃:しの 直子:なおこ 典子:のりこ 弘美:ひろみ 義男:よしお 正樹:まさき 光男:みつお 達也:たつや 将吾:しょうご
颯真:そうま 啓太:けいた 龍之介:りゅうのすけ 奏太:かなた 結翔:ゆいと 琴美:ことみ 紗良:さら 杏里:あんり 美羽:みう
柚葉:ゆずは 心愛:ここあ 真白:ましろ 智也:ともや 圭介:けいすけ 裕太:ゆうた 俊介:しゅんすけ 武志:たけし 哲也:てつや
昌平:しょうへい 文子:ふみこ 節子:せつこ 勝利:かつとし 伸也:しんや 恭代:やすよ
`);

export const FRESH_ONE_KANJI = names(`
望:のぞむ 誉:ほまれ 謙:けん 翼:つばさ 快:かい 棗:なつめ 梓:あずさ 茜:あかね 椿:つばき 虎:とら 朔:さく
晶:あきら 要:かなめ 篤:あつし 亘:わたる 元:はじめ 昴:すばる 颯:はやて 雅:みやび 響:ひびき 隼:はやと 瑛:えい
巌:いわお 董:ただす 聖:ひじり 豊:ゆたか 仁:ひとし 進:すすむ 武:たけし 清:きよし
`);

export const FRESH_HIRAGANA = split(`
ことり ひより いろは あんじゅ ゆあ まひろ ももこ こうた しゅん ゆうせい そうすけ りつか ちさと さわこ さやか ともや
なおと ひなの わかな あさみ かりん すばる ゆずき あやの ふうか みずほ さつき まさと ちなつ かなえ るり しずか
`);

export const FRESH_KATAKANA = split(`
リョウ マナ モモ アキラ ナツキ コウ ユズハ ミツキ トモ シュウ ハナ ヨシ カイト ツバサ ヤスコ
`);

/** Nationalities new to the corpus, and names of the old nationalities that no list had. */
export const FRESH_NATIONALITIES: Nationality[] = [
  {
    country: 'Myanmar',
    fromJa: 'ミャンマー',
    family: pairs(
      `Win/ウィン  Htun/トゥン  Thein/テイン  Naing/ナイン  Lwin/ルウィン  Maung/マウン`,
    ),
    middle: pairs(`Thiri/ティリ  Aye/エー  Zaw/ゾー`),
    given: pairs(
      `Aung/アウン  Kyaw/チョー  Thandar/タンダー  Hnin/ニン  Phyo/ピョー  Ei/エイ  Nilar/ニラー`,
    ),
    familyFirst: false,
    ownLanguage: ['ကျွန်တော့်နာမည် {name} ပါ။', 'Mingalaba, {name} ပါ။'],
  },
  {
    country: 'Sri Lanka',
    fromJa: 'スリランカ',
    family:
      pairs(`Perera/ペレラ  Fernando/フェルナンド  Jayasinghe/ジャヤシンハ  Wickramasinghe/ウィクラマシンハ
      Bandara/バンダラ  Dissanayake/ディサナヤケ  Herath/ヘラト`),
    middle: [],
    given: pairs(
      `Nimal/ニマル  Chamari/チャマリ  Dilshan/ディルシャン  Kasun/カスン  Sanduni/サンドゥニ  Tharindu/タリンドゥ`,
    ),
    familyFirst: false,
    ownLanguage: ['මගේ නම {name}.', 'Mama {name}.'],
  },
  {
    country: 'Cambodia',
    fromJa: 'カンボジア',
    family: pairs(`Sok/ソック  Heng/ヘン  Chea/チア  Keo/ケオ  Touch/トウチ  Pen/ペン`),
    middle: [],
    given: pairs(
      `Dara/ダラ  Sophea/ソピア  Vannak/ヴァンナック  Srey/スレイ  Pisey/ピセイ  Rithy/リティ`,
    ),
    familyFirst: true,
    ownLanguage: ['ខ្ញុំឈ្មោះ {name}។', 'Knhom chhmuos {name}.'],
  },
  {
    country: 'Vietnam',
    fromJa: 'ベトナム',
    family: pairs(`Vo/ヴォー  Huynh/フイン  Dinh/ディン  Trinh/チン  Cao/カオ  Ta/ター`),
    middle: pairs(`Huu/フウ  Bao/バオ  Kim/キム`),
    given: pairs(
      `Tien/ティエン  Thuy/トゥイ  Cuong/クオン  Nga/ガー  Tam/タム  Loan/ロアン  Diep/ジエップ  Tung/トゥン`,
    ),
    familyFirst: true,
    ownLanguage: ['Xin chào, tôi là {name}.', 'Mình là {name}, đang làm ở xưởng may.'],
  },
  {
    country: 'Philippines',
    fromJa: 'フィリピン',
    family:
      pairs(`Macaraeg/マカラエグ  Pascual/パスクアル  Manalo/マナロ  Salvador/サルバドール  Gonzales/ゴンザレス
      Ocampo/オカンポ  Soriano/ソリアノ`),
    middle: [],
    given:
      pairs(`Marilou/マリルー  Jennelyn/ジェネリン  Ronaldo/ロナルド  Arnel/アーネル  Mylene/マイリーン  Rodel/ロデル
      Cherry/チェリー`),
    familyFirst: false,
    ownLanguage: ['Ako po si {name}, taga-Batangas.', 'Hello po, {name} po ito.'],
  },
  {
    country: 'Nepal',
    fromJa: 'ネパール',
    family: pairs(
      `Basnet/バスネット  Lama/ラマ  Ghimire/ギミレ  Subedi/スベディ  Pandey/パンデ  Bista/ビスタ`,
    ),
    middle: pairs(`Kumar/クマール  Devi/デヴィ`),
    given: pairs(
      `Santosh/サントシュ  Anjali/アンジャリ  Bishnu/ビシュヌ  Kamala/カマラ  Nabin/ナビン  Puja/プジャ  Sagar/サガル`,
    ),
    familyFirst: false,
    ownLanguage: ['Namaste, mero naam {name} ho.', 'Ma {name}, factory ma kaam garchhu.'],
  },
  {
    country: 'Indonesia',
    fromJa: 'インドネシア',
    family: pairs(
      `Hartono/ハルトノ  Siregar/シレガル  Simanjuntak/シマンジュンタク  Purnomo/プルノモ  Wibowo/ウィボウォ`,
    ),
    middle: pairs(`Eka/エカ  Sri/スリ`),
    given: pairs(
      `Andi/アンディ  Bayu/バユ  Dian/ディアン  Ratna/ラトナ  Yusuf/ユスフ  Ikhsan/イフサン  Wulan/ウラン`,
    ),
    familyFirst: false,
    ownLanguage: ['Halo, saya {name} dari Jawa Timur.', 'Perkenalkan, nama saya {name}.'],
  },
];

export const FRESH_CHINESE_KANJI = `鄭 凱|梁 婷|宋 佳|韓 雪|唐 浩|馮 蕾|蔡 宇|潘 娜`
  .split('|')
  .map((name) => name.split(' ') as [string, string]);

/** Organisation stems in kana or ordinary words, and local place stems. */
export const FRESH_STEMS = split(`
ほたる せせらぎ あじさい ひまわり かがやき ゆうゆう さわやか はばたき のどか えがお きらり つばめ うぐいす
こでまり 千歳 瑞穂 鳳凰 松涛 蒼天 日輪 月見 星空 潮風 東雲 悠久 ミモザ カトレア リーフ ブルーム ポラリス
エール ソレイユ
`);

export const FRESH_PLACE_STEMS = split(`
蒲生 喜入 串木野 市来 頴娃 知覧 枕崎 垂水 鹿屋 出水 阿久根 伊佐 かのや いぶすき
`);

/** Business and facility words written after the stem. */
export const FRESH_SUFFIXES = split(`
館 堂 屋 庵 工房 治療院 鍼灸院 接骨院 眼科 内科医院 動物病院 調剤薬局 保育所 学童保育所 酒造 製麺所 板金
塗装 造園 電機 設備 印刷 石油 牧場 養鶏場 不動産 ストア マート 弁当 助産院 青果 茶舗 寿司 老人ホーム
`);

/** Teams, clubs and schools a family belongs to. */
export const FRESH_TEAMS = [
  '{stem}少年剣道クラブ',
  '{stem}ダンススクール',
  '{stem}キッカーズ',
  '{stem}ソフトボール部',
  '{stem}スイミングクラブ',
  'チーム{stem}',
];

export const FRESH_TOWNS: { prefix: string; towns: string[] }[] = [
  { prefix: '姶良市', towns: split(`加治木町反土 加治木町木田 西餅田 平松 東餅田 蒲生町上久徳`) },
  { prefix: '鹿屋市', towns: split(`新川町 札元 田崎町 上谷町 串良町岡崎`) },
  { prefix: '出水市', towns: split(`高尾野町下水流 野田町上名 上鯖淵 明神町`) },
  { prefix: 'いちき串木野市', towns: split(`湊町 昭和通 大原町 生福`) },
  { prefix: '指宿市', towns: split(`十町 西方 東方 山川成川`) },
  { prefix: '静岡県三島市', towns: split(`大場 加屋町 徳倉 南田町`) },
];

export const FRESH_BUILDINGS = split(`
ロイヤルハイツ シャトー ビレッジ テラスハウス グランデ ドミール アビタシオン セジュール エステート
コーポラス メゾンド プレジール
`);

export const FRESH_HOUSING = split(
  `町営{town}団地 {town}教職員住宅 市営{town}第二団地 県営{town}住宅 {town}ハイツ社宅`,
);

/** Everything one fresh split draws from. */
export interface Lexicon {
  surnames: JapaneseName[];
  wordSurnames: JapaneseName[];
  given: JapaneseName[];
  oneKanji: JapaneseName[];
  hiragana: string[];
  katakana: string[];
  nationalities: Nationality[];
  chinese: [string, string][];
  stems: string[];
  placeStems: string[];
  suffixes: string[];
  teams: string[];
  towns: { prefix: string; towns: string[] }[];
  buildings: string[];
  housing: string[];
}

export const FRESH_LEXICON: Lexicon = {
  surnames: FRESH_SURNAMES,
  wordSurnames: FRESH_WORD_SURNAMES,
  given: FRESH_GIVEN,
  oneKanji: FRESH_ONE_KANJI,
  hiragana: FRESH_HIRAGANA,
  katakana: FRESH_KATAKANA,
  nationalities: FRESH_NATIONALITIES,
  chinese: FRESH_CHINESE_KANJI,
  stems: FRESH_STEMS,
  placeStems: FRESH_PLACE_STEMS,
  suffixes: FRESH_SUFFIXES,
  teams: FRESH_TEAMS,
  towns: FRESH_TOWNS,
  buildings: FRESH_BUILDINGS,
  housing: FRESH_HOUSING,
};
