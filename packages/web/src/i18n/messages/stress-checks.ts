/** Messages of the stress check (employer side): Japanese first, English typed to the same keys. */

export const ja = {
  stressChecks: {
    title: 'ストレスチェック',
    lead: '実施期間ごとの集団分析です。個人の結果は、本人以外（会社・市を含む）には表示されません。',
    empty: 'ストレスチェックの実施期間はまだありません。',
    period: '実施期間 {{from}}〜{{to}}',
    status: { scheduled: '開始前', open: '回答受付中', closed: '終了' },
    beforeClose:
      '集団分析は、実施期間が終わってから表示されます（回答が出そろう前の数字の差から、個人の回答がわからないようにするためです）。',
    tooFew: '回答者が{{k}}人未満のため、集団分析は表示できません。',
    groupAnalysis: '集団分析',
    group: '集団',
    wholeOrganization: '事業場全体',
    respondents: '回答者数',
    meanA: 'ストレス要因',
    meanB: 'ストレス反応',
    meanC: 'サポート',
    withheld: '表示できません',
    withheldExplained:
      '「表示できません」は、回答者が{{k}}人未満の部署と、全体との差からその人数や平均が計算できてしまうため一緒に伏せた部署です。人数も表示しません。',
    scaleNote:
      '数字は合計点数法による平均点です（仕事のストレス要因・心身のストレス反応・周囲のサポート。いずれも高いほどストレスが高い方向）。仕事のストレス判定図は、全国平均の基準値を確認できていないため表示していません。',
    people: '{{n}}人',
  },
};
