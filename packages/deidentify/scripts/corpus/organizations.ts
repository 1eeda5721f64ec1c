/** Parts of organisation names for the generated corpus (generator-only). */

/** Name stems written with kana or ordinary words: the hard cases (no surname, no place). */
export const NAME_STEMS = `
みどり すずらん ひだまり あおば こすもす たんぽぽ なのはな わかば はなみずき のぞみ ふたば やすらぎ
なごみ ぬくもり ひかり あさひ しらゆり つくし もみじ くすのき そよかぜ ほほえみ こもれび まごころ
朝日 青空 若草 緑風 白鷺 松風 陽光 清流 南風 桜丘 旭 若竹 白百合 春風 大樹 寿
サンライズ グリーン ハーモニー オリーブ ルピナス コスモス スマイル ハピネス アイリス フォレスト
`
  .trim()
  .split(/\s+/);

/** Stems made from a local place or family name (さつま, 錦江, 浜田). */
export const PLACE_STEMS = `
さつま 錦江 吹上 日吉 湯田 伊作 南州 薩摩 大隅 霧島 城山 妙円寺 浜田 東郷 福留 坂元 有村 上園
かごしま ひおき いじゅういん しらさぎ 桜島 開聞 指宿 川内 加世田 隼人
`
  .trim()
  .split(/\s+/);

/** Business and facility suffixes that end a name (as written after the stem). */
export const SUFFIXES = `
荘 亭 園 苑 クリニック センター 鉄工所 食堂 商店 保育園 介護施設 整骨院 歯科 薬局 工務店 運送 水産
農園 ベーカリー 児童クラブ 認定こども園 幼稚園 病院 医院 診療所 訪問看護ステーション デイサービス
ケアセンター 製作所 精肉店 酒店 菓子店 美容室 書店 自動車 モータース 建設 工業 産業 物産 電工
ホーム 寮 学園 塾 珈琲店 鮮魚店 旅館 ファーム 製菓 デイケア 居宅介護支援事業所 グループホーム
`
  .trim()
  .split(/\s+/);

export const LEGAL_PREFIXES = [
  '株式会社',
  '有限会社',
  '(株)',
  '㈱',
  '合同会社',
  '(有)',
  '株式会社 ',
];
export const LEGAL_SUFFIXES = ['株式会社', '有限会社', '(株)'];
export const CORPORATE_NAMES = `
テクノ ロジスティクス フーズ システム 精工 電子 建設 メディカル ケミカル 物流 サービス 工業 化成 商事
`
  .trim()
  .split(/\s+/);

/** Welfare and medical corporations: 社会福祉法人…会, 医療法人…会. */
export const FOUNDATION_FORMS = [
  '社会福祉法人',
  '医療法人',
  '医療法人社団',
  'NPO法人',
  '一般社団法人',
];

/** Facility types written before the name (グループホームさくら, カフェ ひなた). */
export const TYPE_BEFORE_NAME = `
グループホーム デイサービス カフェ 居酒屋 スナック 小規模多機能ホーム 就労支援事業所 相談支援事業所
放課後等デイサービス 地域活動支援センター ラーメン 美容室 サロン 学童 ケアハウス パン工房 ホテル
`
  .trim()
  .split(/\s+/);

/** Teams, clubs and groups a person belongs to (a child's team identifies the family). */
export const TEAM_FORMS = [
  '{stem}ジュニアサッカークラブ',
  '{stem}少年野球クラブ',
  '{stem}スポーツ少年団',
  'ミニバスケットボールクラブ{stem}',
  '{stem}FC',
  '{stem}バレーボールクラブ',
];
