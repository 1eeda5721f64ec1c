/** Messages of the first pages a visitor sees: the landing page and a municipality's page. */

export const ja = {
  landing: {
    signIn: 'ログイン',
    signUp: '招待コードで登録する',
    title: '働く人の保健室',
    heroLead:
      '体のこと、心のこと、仕事や子育て、家族の介護のこと。看護師・保健師・助産師に、チャットやビデオ通話で相談できます。',
    heroPoints: {
      hours: '24時間',
      free: '無料',
      private: '勤務先に知られない',
    },
    haveAccount: '登録済みの方は',
    whoTitle: '使える方',
    who: 'この保健室に参加している企業で働く方と、そのご家族が使えます。',
    whoCode:
      '登録には、勤務先から配られる招待コード（またはQRコード）が必要です。ご家族の方は、登録した従業員の方から家族用の招待コードを受け取ってください。',
    privacyTitle: '無料で、秘密は守られます',
    privacyLead:
      '相談は無料です。相談の内容を読めるのは、あなたを担当する専門職と、専門職のまとめ役である統括コーディネーターだけです。',
    privacySeenTitle: '勤務先と自治体が見られるもの',
    privacySeen: '人数の少ない項目を伏せた統計だけ（どんな相談が多いか、など）',
    privacyNeverTitle: '勤務先と自治体に伝わらないこと',
    privacyNever: 'あなたの名前、相談したかどうか、相談の内容',
    hoursTitle: '受付時間',
    hours:
      '24時間・365日、チャットで相談できます。担当者とビデオ通話や音声通話もでき、日時を決めて予約することもできます。',
    hoursNight: '夜間や休日は、返信までお時間をいただくことがあります。',
    emergencyTitle: '命に関わるときは、すぐに電話を',
    emergencyLead:
      'この保健室は、119番のような緊急の窓口ではありません。命の危険があるときや、今すぐ助けが必要なときは、次の番号に電話してください。',
    stepsTitle: '登録のしかた',
    steps: {
      code: '勤務先の担当者から、招待コード（またはQRコード）を受け取ります。',
      register:
        '「招待コードで登録する」からコードを入力し、メールアドレスとパスワードを登録します。',
      mail: '届いたメールのリンクを開き、個人情報の取り扱いを読んで同意します。',
      start: '相談したいことを選んで、メッセージを送れば相談が始まります。',
    },
    areaTitle: 'お住まいの地域のページ',
    areaLead: '地域の連絡先、子育て施設、イベントの情報を、登録しなくても見られます。',
    areaOne: '{{name}}のページを見る',
    areaCodeLabel: '全国地方公共団体コード（6桁）',
    areaCodeHint: '例：日置市 462187',
    areaCodeSubmit: 'ひらく',
  },
  municipalityPage: {
    title: '{{name}}の働く人の保健室',
    titleFallback: '地域のページ',
    lead: '{{prefecture}}{{name}}',
    aboutTitle: '働く人の保健室とは',
    aboutConsortium:
      '{{consortium}}に参加する企業で働く方とご家族は、看護師・保健師・助産師に24時間、無料で相談できます。相談したことは勤務先にも{{name}}にも伝わりません。',
    aboutPlain:
      '{{name}}の参加企業で働く方とご家族は、看護師・保健師・助産師に24時間、無料で相談できます。相談したことは勤務先にも{{name}}にも伝わりません。',
    joinTitle: '参加するには',
    join: '勤務先から招待コード（またはQRコード）を受け取って登録します。勤務先が参加しているか分からないときは、人事・総務のご担当者にお尋ねください。',
    contactsTitle: '困ったときの連絡先',
    contactsLead: '命の危険があるときは、迷わず119番に電話してください。',
    contactsNational: 'この自治体の連絡先はまだ登録されていません。全国の窓口はこちらです。',
    regionTitle: '子育てと地域のイベント',
    childcare: '子育て施設をさがす',
    childcareHint: 'お子さんの生年月日から、入れる保育所などを探せます',
    vacancies: '保育所の受け入れ状況',
    vacanciesHint: '今月の空き状況の一覧です',
    events: 'イベント',
    eventsHint: '子育てのつどい、講座、相談会など',
    unknownTitle: 'この地域のページは見つかりません',
    toLanding: 'トップページへ戻る',
  },
  publicContacts: {
    title: '住民向けページの連絡先',
    lead: '地域のページ（登録しなくても見られるページ）に載せる電話番号です。命に関わるときの119番は、いちばん上に置いてください。',
    view: '住民向けページを見る',
    row: '連絡先 {{n}}',
    label: '名称',
    phone: '電話番号',
    phoneHint: '例：099-000-1201',
    hours: '受付時間（任意）',
    hoursHint: '例：平日 8:30〜17:15',
    remove: '連絡先 {{n}} を削除',
    add: '連絡先を追加',
    save: '保存する',
    saved: '保存しました。住民向けページにすぐ反映されます。',
    invalid: {
      label: '名称を60文字以内で入力してください。',
      phone: '電話番号は数字とハイフンで入力してください。',
      hours: '受付時間は60文字以内で入力してください。',
    },
  },
};
