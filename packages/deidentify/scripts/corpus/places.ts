/** Municipalities with their towns, and building names, for addresses (generator-only). */
export interface Municipality {
  /** Written before the labelled part and not labelled (鹿児島県日置市). */
  prefix: string;
  towns: string[];
}

export const MUNICIPALITIES: Municipality[] = [
  {
    prefix: '日置市',
    towns:
      `伊集院町郡 伊集院町下谷口 伊集院町徳重 伊集院町妙円寺 伊集院町大田 伊集院町猪鹿倉 伊集院町清藤
      東市来町湯田 東市来町長里 東市来町伊作田 東市来町養母 東市来町美山 日吉町日置 日吉町吉利 日吉町日吉
      吹上町入来 吹上町中原 吹上町永吉 吹上町湯之浦 吹上町和田 伊集院町竹之山`
        .trim()
        .split(/\s+/),
  },
  {
    prefix: '鹿児島市',
    towns:
      `与次郎 宇宿 谷山中央 吉野町 武岡 紫原 城西 荒田 真砂町 田上 西陵 桜ケ丘 伊敷 小松原 下伊敷 皇徳寺台`
        .trim()
        .split(/\s+/),
  },
  {
    prefix: '薩摩川内市',
    towns: `中郷 隈之城町 平佐町 東郷町斧渕 大小路町 永利町`.trim().split(/\s+/),
  },
  {
    prefix: '静岡県駿東郡長泉町',
    towns: `下土狩 竹原 中土狩 本宿 桜堤 納米里`.trim().split(/\s+/),
  },
  {
    prefix: '霧島市',
    towns: `国分中央 隼人町真孝 国分野口町 溝辺町有川 国分福島`.trim().split(/\s+/),
  },
];

/** Building names (the number follows). */
export const BUILDINGS = `
グリーンハイツ サンシャイン コーポ メゾン レジデンス パークサイド ハイツ リバーサイド ベイサイド
ライオンズマンション エスポワール フォレスト ヴィラ サンハイム アーバン プランドール カーサ
`
  .trim()
  .split(/\s+/);

/** Public and company housing (団地, 住宅, 社宅). */
export const HOUSING =
  `県営{town}団地 市営{town}住宅 {town}団地 県営{town}アパート 市営{town}団地 {town}社宅 雇用促進住宅{town}宿舎`
    .trim()
    .split(/\s+/);
