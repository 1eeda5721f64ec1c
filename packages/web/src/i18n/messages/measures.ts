/** Messages of the mayor's measures tracker (public page and city staff): Japanese first. */

export const ja = {
  measures: {
    status: {
      not_started: '未着手',
      in_progress: '実施中',
      achieved: '達成',
      revised: '見直し',
    },
    fields: {
      areaNo: '分野番号',
      areaTitle: '分野',
      title: '施策',
      text: '取り組み',
      ownerSection: '担当課',
      status: '状況',
      indicator: '数値',
    },
    countsLabel: '状況ごとの施策の数',
    countOf: '{{count}}件',
    ownerSection: '担当: {{section}}',
    asOfSource: '{{date}}時点・出典: {{source}}',
    public: {
      title: '{{municipality}} 市長マニフェストの取り組み状況',
      titleFallback: '市長マニフェストの取り組み状況',
      lead: '市長が掲げた施策が、いまどこまで進んでいるかをお知らせします。数値には「いつ時点か」と出典を添えています。',
      empty: 'まだ公開されている施策はありません。',
    },
    staff: {
      title: '施策の進み具合',
      lead: '状況の変更や数値の追加は、だれが・いつ・何を変えたかが履歴に残り、市民向けページにすぐ反映されます。',
      status: '状況',
      saveStatus: '状況を保存',
      saved: '状況を保存しました。',
      addFigure: '数値を追加する',
      addFigureButton: '数値を追加',
      figureAdded: '数値を追加しました。',
      figureLabel: '何の数か',
      figureValue: '数値',
      figureUnit: '単位',
      figureUnitHint: '例: 人、自治会、%',
      figureAsOf: 'いつ時点か',
      figureSource: '出典',
      figureSourceHint: '例: 広報ひおき 令和6年2月号',
      history: '変更履歴',
      kinds: {
        created: '登録',
        updated: '変更',
        indicator_added: '数値を追加',
      },
    },
  },
};
