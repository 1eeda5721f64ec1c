import type { MeasureStatus } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findMunicipalityByWrittenCode } from '../municipalities/municipality-by-code.ts';
import { insertIndicator, insertMeasure, insertRevision } from '../measures/measures.repository.ts';

interface DemoFigure {
  label: string;
  value: number;
  unit: string;
  asOf: string;
  source: string;
}

interface DemoMeasure {
  areaNo: number;
  title: string;
  text: string;
  status: MeasureStatus;
  figures?: DemoFigure[];
}

// The article that reports the measures (seed 002): マイ広報紙, 日置市 「市長マニフェスト
// 令和4年度および令和5年度取組状況」, published 2/26 (2024).
const article = '広報ひおき「市長マニフェスト 令和4年度および令和5年度取組状況」';
const articleDay = '2024-02-26';

const areaTitles = new Map([
  [1, 'コロナ対策'],
  [2, '地域福祉'],
  [3, '子育て支援'],
  [4, '全世代の教育・学び'],
  [5, '産業活性化'],
  [6, 'オール日置'],
  [7, '景観・環境・防災'],
  [8, '財政・行政運営'],
]);

/**
 * Two measures of each of the mayor's 8 areas as the article reports them (16 of the 73),
 * with its figures and their dates. The article gives no status and no section in charge:
 * the statuses are the demo's reading of the text, and every section is marked （架空）.
 */
const hiokiMeasures: DemoMeasure[] = [
  {
    areaNo: 1,
    title: '県や国と連携して域内経済への刺激策を実施',
    text: 'プレミアム付商品券事業などによる経済支援対策、ライブコマースによる新たな市場への展開を実施',
    status: 'achieved',
  },
  {
    areaNo: 1,
    title: '観光の再開を見据えた情報発信への先行投資',
    text: 'Instagramで週刊情報、ひおきとブログで月刊情報を発信',
    status: 'in_progress',
  },
  {
    areaNo: 2,
    title: '特定健診・がん検診の受診率向上',
    text: '健診の土日開催、ネット・コールセンター予約を実施。オンライン運動教室などのフレイル対策',
    status: 'in_progress',
  },
  {
    areaNo: 2,
    title: '性的少数者に対する啓発活動',
    text: 'LGBTQを知る基礎セミナーなどを実施し、「日置市パートナーシップ宣誓制度」を令和5年10月から施行',
    status: 'achieved',
  },
  {
    areaNo: 3,
    title: '待機児童の把握と保育園情報の発信',
    text: '市内保育所などの紹介動画を作成し、受け入れ状況表を市ホームページに掲載',
    status: 'in_progress',
    figures: [
      {
        label: '紹介動画を作った保育所など',
        value: 22,
        unit: '所',
        asOf: articleDay,
        source: article,
      },
    ],
  },
  {
    areaNo: 3,
    title: '保育士募集の情報発信と有資格者の再就職支援窓口',
    text: '「日置市保育のおしごと支援センター」を開設し、潜在保育士や保育補助者に無料職業紹介を実施',
    status: 'in_progress',
    figures: [
      { label: '支援センターの登録者', value: 24, unit: '人', asOf: '2023-12-22', source: article },
      {
        label: '支援センターを通じた就職',
        value: 10,
        unit: '人',
        asOf: '2023-12-22',
        source: article,
      },
    ],
  },
  {
    areaNo: 4,
    title: '「日置市若者未来会議」の創設',
    text: '子ども議会の体験と、若者未来会議の開催',
    status: 'achieved',
  },
  {
    areaNo: 4,
    title: '教育現場へのICT導入',
    text: 'ICT活用推進計画に基づく校内研修、吹上地域の3小学校をICT推進校に指定',
    status: 'in_progress',
    figures: [
      { label: 'ICT担当者研修会', value: 3, unit: '回/年', asOf: articleDay, source: article },
    ],
  },
  {
    areaNo: 5,
    title: '商工会・観光協会・金融機関などと連携した商品開発とPR',
    text: '「ひおき特産品コンクール」を開催し、金賞を選定。バイヤー招待とPR動画で販路拡大',
    status: 'in_progress',
    figures: [
      {
        label: '特産品コンクールの応募商品',
        value: 25,
        unit: '商品',
        asOf: articleDay,
        source: article,
      },
      { label: '金賞', value: 5, unit: '商品', asOf: articleDay, source: article },
    ],
  },
  {
    areaNo: 5,
    title: '都市部からのオフィス移転・企業誘致',
    text: 'サテライトオフィス整備支援の補助金を創設し、旧日吉小学校を活用した「日日nova」の開設を支援',
    status: 'achieved',
  },
  {
    areaNo: 6,
    title: 'ふるさと納税などを通じた日置を愛する人の力の結集',
    text: '返礼品拡充のための設備整備を補助。ガバメントクラウドファンディングを実施',
    status: 'in_progress',
    figures: [
      {
        label: 'ガバメントクラウドファンディング',
        value: 3,
        unit: '件',
        asOf: articleDay,
        source: article,
      },
    ],
  },
  {
    areaNo: 6,
    title: '域外に住む家主と連携した空き家の利用推進',
    text: '空き家改修・家財道具処分の事業を実施。株式会社カチタスと協定を締結',
    status: 'in_progress',
  },
  {
    areaNo: 7,
    title: 'クリーンセンターでのリユース・リサイクル',
    text: 'リユース品の常設展示による無償譲渡、学校制服のリユース品の常設展示',
    status: 'achieved',
  },
  {
    areaNo: 7,
    title: 'ゼロカーボン社会への転換に向けた地域での議論',
    text: '「日置市2050脱炭素ビジョン」を策定。環境省の脱炭素先行地域に認定',
    status: 'in_progress',
  },
  {
    areaNo: 8,
    title: '自治会単位での草の根対話会を全自治公民館で開催',
    text: '市長と住民が対話を行う草の根対話ミーティングをすべての自治会（176自治会）で実施',
    status: 'achieved',
    figures: [
      {
        label: '対話した自治会（令和4年度）',
        value: 72,
        unit: '自治会',
        asOf: '2023-03-31',
        source: article,
      },
      {
        label: '対話した自治会（令和5年度）',
        value: 104,
        unit: '自治会',
        asOf: articleDay,
        source: article,
      },
      {
        label: '対話した自治会（累計）',
        value: 176,
        unit: '自治会',
        asOf: articleDay,
        source: article,
      },
    ],
  },
  {
    areaNo: 8,
    title: '部署をまたいだデータ共有による組織連携',
    text: 'マイナンバーによる庁内データ連携、市役所内ペーパーレス化、遠隔相談窓口システムの導入・検証',
    status: 'in_progress',
    figures: [
      { label: '財務会計の電子化', value: 100, unit: '%', asOf: '2023-11-01', source: article },
      { label: '庁内文書の電子化', value: 89.4, unit: '%', asOf: '2023-11-01', source: article },
    ],
  },
];

const sections = new Map([
  [1, '商工観光課（架空）'],
  [2, '健康保険課（架空）'],
  [3, '子ども未来課（架空）'],
  [4, '学校教育課（架空）'],
  [5, '商工観光課（架空）'],
  [6, '企画課（架空）'],
  [7, '環境課（架空）'],
  [8, '企画課（架空）'],
]);

/** 日置市's mayor's measures, as the public page and the city's staff see them. */
export async function seedDemoMeasures(ctx: AppContext) {
  const hioki = await findMunicipalityByWrittenCode(ctx.db, '462187');
  if (!hioki) return;
  const municipalityId = hioki.id;
  await ctx.db.transaction(async (tx) => {
    for (const [i, demo] of hiokiMeasures.entries()) {
      // Added a second apart, so that the measures keep the article's order.
      const at = new Date(Date.UTC(2024, 2, 1, 0, 0, i));
      const values = {
        areaNo: demo.areaNo,
        areaTitle: areaTitles.get(demo.areaNo)!,
        title: demo.title,
        text: demo.text,
        ownerSection: sections.get(demo.areaNo)!,
        status: demo.status,
      };
      const row = await insertMeasure(tx, { municipalityId, values, at });
      await insertRevision(tx, {
        municipalityId,
        measureId: row.id,
        actorId: null,
        kind: 'created',
        changes: Object.entries(values).map(([field, v]) => ({
          field,
          before: '',
          after: String(v),
        })),
        at,
      });
      for (const figure of demo.figures ?? []) {
        await insertIndicator(tx, { municipalityId, measureId: row.id, values: figure });
      }
    }
  });
}
