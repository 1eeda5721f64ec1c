/** Messages of policy and workplace reports: Japanese first, English typed to the same keys. */

export const ja = {
  reports: {
    title: '報告書',
    lead: '政策提言レポート（市）と職場改善レポート（事業所）です。個人が特定されない集計と、取組事例だけでつくられます。',
    empty: '報告書はまだありません。',
    status: {
      draft: '下書き',
      submitted: '承認待ち',
      returned: '差し戻し',
      approved: '承認済み',
      published: '公開済み',
    },
    kind: { policy: '政策提言レポート（市全体）', workplace: '職場改善レポート' },
    createTitle: '報告書を作成する',
    form: {
      title: 'タイトル',
      kind: '種類',
      workplaceFor: '職場改善レポート：{{name}}',
      submit: '下書きを作成する',
    },
    rule: '人数が{{k}}人未満の項目と、そこから人数が計算できる項目は「非公表」です。',
    submit: '承認を依頼する',
    approve: '承認する',
    publish: '公開する',
    pdf: 'PDFをダウンロード',
    recommendations: 'おすすめの取組',
    source: '出典：{{source}}',
  },
};
