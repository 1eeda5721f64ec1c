/**
 * Names of the foreign workers who consult (技能実習生, 特定技能, 日系), as "Latin/カタカナ".
 * Generator-only lists; see names-japanese.ts.
 */
export interface ForeignName {
  latin: string;
  katakana: string;
}

export interface Nationality {
  country: string;
  /** How the writer might say where they are from, in Japanese. */
  fromJa: string;
  given: ForeignName[];
  family: ForeignName[];
  /** Vietnamese and Indonesian names often carry a middle part (Van, Thi). */
  middle: ForeignName[];
  /** Family name first (Vietnamese, Chinese) or last. */
  familyFirst: boolean;
  /** "My name is …" in the person's own language, {name} standing for the name. */
  ownLanguage: string[];
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

export const NATIONALITIES: Nationality[] = [
  {
    country: 'Vietnam',
    fromJa: 'ベトナム',
    family:
      pairs(`Nguyen/グエン  Tran/チャン  Le/レー  Pham/ファム  Hoang/ホアン  Phan/ファン  Vu/ヴー
      Dang/ダン  Bui/ブイ  Do/ドー  Ngo/ゴー  Duong/ズオン  Ly/リー  Truong/チュオン`),
    middle: pairs(
      `Van/ヴァン  Thi/ティ  Duc/ドゥック  Minh/ミン  Quang/クアン  Thanh/タイン  Hoang/ホアン  Ngoc/ゴック`,
    ),
    given:
      pairs(`An/アン  Binh/ビン  Hoa/ホア  Lan/ラン  Linh/リン  Mai/マイ  Nam/ナム  Hung/フン  Tuan/トゥアン
      Trang/チャン  Huong/フオン  Dung/ズン  Thao/タオ  Hieu/ヒエウ  Long/ロン  Phuong/フオン  Khanh/カイン
      Vinh/ヴィン  Hai/ハイ  Son/ソン  Yen/イェン  Nhung/ニュン  Quynh/クイン  Duy/ズイ`),
    familyFirst: true,
    ownLanguage: ['Tôi tên là {name}.', 'Em là {name}, em làm việc ở nhà máy.'],
  },
  {
    country: 'Philippines',
    fromJa: 'フィリピン',
    family:
      pairs(`Santos/サントス  Reyes/レイエス  Cruz/クルス  Bautista/バウティスタ  Garcia/ガルシア
      Mendoza/メンドーサ  Villanueva/ビジャヌエバ  Ramos/ラモス  Aquino/アキノ  Castillo/カスティーヨ
      Flores/フローレス  Torres/トーレス  Navarro/ナバロ  Domingo/ドミンゴ`),
    middle: [],
    given:
      pairs(`Maria/マリア  Jose/ホセ  Juan/フアン  Angelica/アンジェリカ  Mark/マーク  Joy/ジョイ
      Jasmine/ジャスミン  Rosalie/ロザリー  Cristina/クリスティーナ  Jerome/ジェローム  Rhea/レア
      Marites/マリテス  Analyn/アナリン  Jomar/ジョマール  Liza/リザ  Rowena/ロウェナ`),
    familyFirst: false,
    ownLanguage: ['Ako si {name}.', 'Ang pangalan ko ay {name}.'],
  },
  {
    country: 'Nepal',
    fromJa: 'ネパール',
    family:
      pairs(`Thapa/タパ  Gurung/グルン  Shrestha/シュレスタ  Rai/ライ  Tamang/タマン  Magar/マガル
      Sharma/シャルマ  Adhikari/アディカリ  Karki/カルキ  Bhandari/バンダリ  Poudel/パウデル  Khadka/カドカ`),
    middle: pairs(`Bahadur/バハドゥール  Kumari/クマリ  Prasad/プラサド`),
    given:
      pairs(`Ram/ラム  Sita/シタ  Bikash/ビカス  Sunita/スニタ  Anil/アニル  Pramila/プラミラ  Suman/スマン
      Kiran/キラン  Rajesh/ラジェシュ  Sabina/サビナ  Dipak/ディパック  Manisha/マニシャ  Prakash/プラカシュ
      Asha/アシャ`),
    familyFirst: false,
    ownLanguage: ['Mero naam {name} ho.', 'Ma {name} hu.'],
  },
  {
    country: 'Indonesia',
    fromJa: 'インドネシア',
    family:
      pairs(`Lestari/レスタリ  Santoso/サントソ  Wijaya/ウィジャヤ  Hidayat/ヒダヤット  Saputra/サプトラ
      Rahmawati/ラフマワティ  Nugroho/ヌグロホ  Pratama/プラタマ  Kurniawan/クルニアワン  Setiawan/セティアワン
      Utami/ウタミ  Susanto/スサント`),
    middle: pairs(`Nur/ヌル  Dwi/ドゥイ  Tri/トリ`),
    given:
      pairs(`Putri/プトゥリ  Agus/アグス  Siti/シティ  Dewi/デウィ  Budi/ブディ  Rina/リナ  Eko/エコ
      Wahyu/ワフユ  Ayu/アユ  Fajar/ファジャル  Indah/インダ  Rizky/リズキ  Adi/アディ  Yuni/ユニ`),
    familyFirst: false,
    ownLanguage: ['Nama saya {name}.', 'Saya {name}, bekerja di pabrik.'],
  },
  {
    country: 'China',
    fromJa: '中国',
    family:
      pairs(`Wang/ワン  Li/リー  Zhang/チャン  Liu/リウ  Chen/チェン  Yang/ヤン  Zhao/ジャオ  Huang/ホアン
      Zhou/ジョウ  Wu/ウー  Sun/スン  Xu/シュー`),
    middle: [],
    given:
      pairs(`Fang/ファン  Ming/ミン  Wei/ウェイ  Yang/ヤン  Jing/ジン  Lei/レイ  Min/ミン  Jie/ジエ
      Xia/シア  Qiang/チアン  Hui/ホイ  Yan/イェン  Tao/タオ  Lin/リン`),
    familyFirst: true,
    ownLanguage: ['我叫{name}。', '我是{name}。'],
  },
  {
    country: 'Brazil',
    fromJa: 'ブラジル',
    family: pairs(`Silva/シルバ  Oliveira/オリベイラ  Souza/ソウザ  Pereira/ペレイラ  Costa/コスタ
      Rodrigues/ホドリゲス  Almeida/アルメイダ  Nascimento/ナシメント  Lima/リマ  Carvalho/カルバリョ
      Ferreira/フェレイラ  Gomes/ゴメス  Ribeiro/ヒベイロ  Martins/マルチンス`),
    middle: [],
    given:
      pairs(`João/ジョアン  Ana/アナ  Lucas/ルーカス  Gabriel/ガブリエル  Mariana/マリアナ  Felipe/フェリペ
      Juliana/ジュリアナ  Rafael/ハファエル  Camila/カミラ  Thiago/チアゴ  Larissa/ラリッサ  Bruno/ブルーノ
      Fernanda/フェルナンダ  Rodrigo/ホドリゴ`),
    familyFirst: false,
    ownLanguage: ['Meu nome é {name}.', 'Eu sou {name} e trabalho na fábrica.'],
  },
];

/** Chinese names as written with kanji in Japan (王 芳, 李明). */
export const CHINESE_KANJI =
  `王 芳|李 明|張 偉|劉 洋|陳 静|楊 麗|趙 磊|黄 敏|周 杰|呉 霞|孫 強|徐 慧|朱 琳|何 濤|郭 芳|馬 俊`
    .split('|')
    .map((name) => name.split(' ') as [string, string]);
