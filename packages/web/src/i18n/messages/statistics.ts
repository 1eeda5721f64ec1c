/** Messages of anonymous statistics: Japanese first, English typed to the same keys. */
import type { MessageShape } from '../shape.ts';

export const ja = {
  statistics: {
    title: {
      city: '相談の統計（市全体）',
      employer: '相談の統計（自社）',
    },
    lead: '{{from}}〜{{to}}の集計です（月の途中の分は、その月が終わってから加えます）。人数はすべて実人数（同じ人は1回だけ数えます）。',
    protection:
      '個人が特定されないよう、人数の少ない区分（市が定めた最小人数未満）は「—」で示して非公表とし、合計などから逆算できないよう他の区分も一部非公表にしています。以前の集計との差から少人数がわかる場合も非公表になります。',
    persons: '人数',
    total: '合計（実人数）',
    updating:
      'この期間の記録に変更があったため、最新の集計を作成しています。それまでは前回公表した集計を表示します。',
    outsideHoursHint:
      '開庁時間（平日8:30〜17:15）の外に、どれだけ相談が寄せられているかを示します。',
    hidden: {
      word: '非公表',
      note: '—：非公表（{{k}}人未満の区分と、そこから人数が逆算できる区分）',
      chart: {
        line: '線が途切れている月は非公表です（0人ではありません）。',
        bar: '斜線の帯は非公表の区分です（人数を表すものではありません）。',
        heatmap: '色のないマスは非公表です（0人ではありません）。',
        stacked: '積み上げから欠けている区分は非公表です（0人ではありません）。',
      },
    },
    coarser: {
      explain:
        'この表では{{cells}}区分のうち{{hidden}}区分が非公表です。月やテーマを細かく分けると1区分の人数が少なくなるためです。同じ公表のルール（{{k}}人未満は非公表）のまま、期間やテーマをまとめると、見えるものが増えます。',
      chosen:
        'まとめた表を表示しています。まとめても公表のルールは同じで、以前に公表した集計との差から少人数がわかる区分は非公表のままです。',
      showing: '表示中：{{view}}',
      back: '元の表に戻す',
      views: {
        quarter: '3か月ごとにまとめる',
        halfYear: '半年ごとにまとめる',
        topicGroup: 'テーマを分野にまとめる',
        topicGroupQuarter: '分野ごと・3か月ごと',
        weekday: '曜日だけで見る',
        hour: '時間帯だけで見る',
        referralType: 'つないだ先だけで見る',
        outcome: '対応結果だけで見る',
      },
    },
    settings: {
      link: '公表の設定',
      title: '統計の公表設定',
      lead: '統計に載せる区分の最小人数を決めます。これより少ない人数の区分は、画面・ファイル・報告書のどれにも数を出しません。',
      back: '統計に戻る',
    },
    k: {
      title: '公表の最小人数（k）',
      current: 'この自治体では、{{k}}人未満の区分を非公表にしています。',
      default: '標準の{{k}}人未満を非公表にしています（ストレスチェックの集団分析と同じ基準）。',
      label: '新しい最小人数',
      hint: '{{min}}〜{{max}}の整数。変更は監査ログに記録され、次に表示する集計から使われます。',
      invalid: '{{min}}〜{{max}}の整数を入力してください。',
      save: '変更する',
    },
    exportCsv: 'CSVで保存',
    exportXlsx: 'Excelで保存',
    tables: {
      topicTrend: '相談テーマ別の月次推移',
      lifeEvents: 'ライフイベント',
      contactTimes: '曜日×時間帯（相談を始めた時刻）',
      timeBands: '開庁時間内・時間外・休日',
      referrals: 'つないだ先と対応結果',
      satisfaction: '満足度',
    },
  },
};

export const en: MessageShape<typeof ja> = {
  statistics: {
    title: {
      city: 'Consultation statistics (whole city)',
      employer: 'Consultation statistics (your organisation)',
    },
    lead: '{{from}} to {{to}} (a month is added once it is over). Every figure counts distinct persons (each person once).',
    protection:
      'So that nobody can be identified, groups smaller than the minimum your municipality set are shown as “—” and not published, and some other groups are hidden too so that they cannot be worked out from totals. A group is also hidden when comparing with an earlier release would reveal a few people.',
    persons: 'Persons',
    total: 'Total (distinct persons)',
    updating:
      'Records of this period have changed. The current figures are being prepared; until then the table released before is shown.',
    outsideHoursHint: 'How much need arrives outside office hours (weekdays 8:30–17:15).',
    hidden: {
      word: 'not published',
      note: '—: not published (groups of fewer than {{k}} people, and groups from which they could be worked out)',
      chart: {
        line: 'Where a line breaks, the month is not published (it is not zero).',
        bar: 'Hatched bands are groups not published (they show no number).',
        heatmap: 'Cells without colour are not published (they are not zero).',
        stacked: 'Groups missing from a stack are not published (they are not zero).',
      },
    },
    coarser: {
      explain:
        '{{hidden}} of the {{cells}} groups of this table are not published: splitting by month or topic leaves few people in each. Under the same rule (groups under {{k}} are not published), grouping periods or topics shows more.',
      chosen:
        'Showing a grouped table. The rule is the same: a group that would reveal a few people by comparison with earlier figures stays unpublished.',
      showing: 'Showing: {{view}}',
      back: 'Back to the original table',
      views: {
        quarter: 'By quarter',
        halfYear: 'By half-year',
        topicGroup: 'Topics in areas',
        topicGroupQuarter: 'Areas by quarter',
        weekday: 'By weekday only',
        hour: 'By hour only',
        referralType: 'By referral only',
        outcome: 'By outcome only',
      },
    },
    settings: {
      link: 'Publication settings',
      title: 'Statistics publication settings',
      lead: 'The smallest group statistics may show. Smaller groups get no number on screen, in files or in reports.',
      back: 'Back to statistics',
    },
    k: {
      title: 'Minimum group size (k)',
      current: 'This municipality hides groups of fewer than {{k}} people.',
      default:
        'Groups of fewer than {{k}} people are hidden (the default, as in stress-check group analysis).',
      label: 'New minimum group size',
      hint: 'A whole number from {{min}} to {{max}}. The change is audited and applies from the next table shown.',
      invalid: 'Please enter a whole number from {{min}} to {{max}}.',
      save: 'Change',
    },
    exportCsv: 'Save as CSV',
    exportXlsx: 'Save as Excel',
    tables: {
      topicTrend: 'Monthly trend by topic',
      lifeEvents: 'Life events',
      contactTimes: 'Weekday × hour (when people reached out)',
      timeBands: 'Office hours, evenings and holidays',
      referrals: 'Referrals and outcomes',
      satisfaction: 'Satisfaction',
    },
  },
};
