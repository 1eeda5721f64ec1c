/** Messages of LINE as the door and the bell (issue 19): the city's settings, a person's link. */

export const ja = {
  line: {
    settings: {
      title: 'LINE公式アカウント',
      lead: 'LINEは「入口」と「お知らせ」だけに使います。相談の内容はLINEに送らず、寄り添いの中だけに残ります。',
      demo: 'デモ用の設定です。本物のLINEにはつながっていません。',
      notConfigured:
        'まだ設定されていません。LINE Developersで作ったMessaging APIチャネルの情報を入力してください。',
      usageTitle: '今月のプッシュ通知',
      usage: '{{month}}：{{pushed}}通 ／ 上限 {{budget}}通',
      usageSpent: '今月の上限に達しました。お知らせはWebプッシュまたはメールで届けています。',
      usageNote:
        '上限に達すると、LINEの代わりにWebプッシュかメールでお知らせします。応答メッセージは数えません。',
      webhookUrl: 'Webhook URL（LINE Developersに登録）',
      formTitle: 'チャネルの設定',
      channelId: 'チャネルID',
      channelSecret: 'チャネルシークレット',
      accessToken: 'チャネルアクセストークン（長期）',
      keepSecret: '設定済みです。変更するときだけ入力してください（表示はしません）。',
      tokenEnding: '設定済み（末尾 {{ending}}）。変更するときだけ入力してください。',
      budget: '月のプッシュ通知の上限（通）',
      budgetHint: 'ご契約のプランの通数に合わせてください（例：コミュニケーションプラン 200通）。',
      save: '保存する',
      saved: '保存しました。',
      updatedAt: '最終更新：{{date}}',
    },
    me: {
      title: 'LINEでお知らせを受け取る',
      lead: '返信があったとき、LINEに「保健室から新しいメッセージがあります」とだけ届きます。相談の内容はLINEには送りません。',
      notAvailable: 'お住まいの自治体はLINEでのお知らせに対応していません。',
      linked: 'LINEと連携しています（{{date}}から）',
      blocked:
        'LINEでブロックまたは友だち削除されているため、今はお知らせを送っていません。友だちに戻すと再開します。',
      notLinked: 'LINEとは連携していません。',
      howTo:
        '連携するには、LINEで自治体の公式アカウントを友だち追加してください。届いたメッセージのリンクを開くと、この画面から連携できます。',
      linkReady:
        'LINEから開いたリンクです。下のボタンでLINEとの連携を完了してください（10分以内）。',
      link: 'LINEと連携する',
      unlink: '連携を解除する',
      unlinked: 'LINEとの連携を解除しました。これからはLINEに何も届きません。',
    },
    profileCard: {
      title: 'LINEでのお知らせ',
      lead: '返信があったことだけをLINEでお知らせできます。',
      open: 'LINEの連携を確認する',
    },
  },
};
