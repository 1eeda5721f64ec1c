/** Messages of the home page of each role: Japanese first, English typed to the same keys. */

export const ja = {
  home: {
    greeting: 'こんにちは、{{name}}さん',
    consulting: {
      aboutTitle: '寄り添いについて',
      about: '寄り添いは、看護師・保健師・助産師に24時間相談できる「働く人の保健室」です。',
      topics:
        '心と体の健康、仕事やキャリア、子育て、妊娠・出産、家族の介護など、どんなことでもご相談ください。',
      enrolledWorker:
        '{{organization}}（{{municipality}}）の従業員として登録されています。ご相談の内容が勤務先に伝わることはありません。',
      enrolledFamily:
        '{{organization}}にお勤めの方のご家族として登録されています。ご相談の内容が勤務先に伝わることはありません。',
      consentTitle: '個人情報の取り扱い',
      consentGiven: '同意済み',
      consentVersion: '（第{{version}}版）',
      consentNote: '同意の取り消しや、データのダウンロード・削除はアカウントのページからできます。',
      linksLabel: 'よく使うページ',
      toProfile: 'アカウントの設定',
      toFamily: '家族を招待する',
      toConsent: '同意した内容を読む',
    },
    coordinator: {
      licenceTitle: 'あなたの資格',
      noLicence: '資格が登録されていません。統括コーディネーターにお問い合わせください。',
      state: {
        pending: '資格の確認中です。確認済みになると相談を担当できます。',
        verified: '資格は確認済みです。相談を担当できます。',
        rejected: '資格を確認できませんでした。統括コーディネーターにお問い合わせください。',
      },
      teamTitle: '所属',
      team: '{{municipality}}のケアチームの一員です。',
      privacy:
        '相談内容を読めるのは、担当のコーディネーターと統括コーディネーターだけです。閲覧はすべて監査ログに記録されます。',
    },
    supervisor: {
      teamTitle: 'ケアチームの状況',
      toCareTeam: 'ケアチームを管理する',
      pending: '資格の確認待ち',
      invited: '有効化待ち',
      pendingTitle: '資格の確認をお待ちの方',
      pendingLead: '免許証の写しなどで登録番号を確認してから、「確認済みにする」を押してください。',
      auditTitle: '監査ログ',
      auditLead: 'スタッフの操作と閲覧の記録を確認できます。',
      toAudit: '監査ログを見る',
    },
    employer: {
      lead: '{{name}}のご担当者様',
      invitesTitle: '招待コード',
      invitesLead: '従業員の方に招待コードやQRコードを配ると、寄り添いに登録できます。',
      toInvites: '招待コードを管理する',
    },
    city: {
      lead: '{{municipality}}の事務局ページです。',
      organizationsTitle: '参加事業所',
      toOrganizations: '事業所を管理する',
      total: '登録事業所',
      consortium: 'コンソーシアム会員',
      ikuboss: 'イクボス宣言',
    },
    network: {
      lead: 'ネットワークに参加している自治体の一覧です。',
      municipalitiesTitle: '参加自治体',
      toMunicipalities: '自治体を管理する',
    },
  },
};
