/** Messages of the account page and family invitations: Japanese first, English typed to the same keys. */
import type { MessageShape } from '../shape.ts';

export const ja = {
  profile: {
    title: 'アカウント',
    lead: '{{email}}（{{role}}）でログインしています。',
    formTitle: 'プロフィール',
    birthYearHint:
      '匿名の統計で年代（20代など）を数えるためだけに使います。相談の担当者や勤務先には伝わりません。',
    birthYearUnanswered: '答えない',
    consentTitle: '個人情報の取り扱いへの同意',
    consentGiven: '同意済み',
    consentMissing: '未同意',
    consentVersion: '第{{version}}版に同意しています。',
    consentHistory: 'これまでの記録',
    consentAction: {
      granted: '第{{version}}版に同意',
      withdrawn: '第{{version}}版への同意を取り消し',
    },
    consentMissingBody: 'ご相談を始めるには、同意が必要です。',
    toConsent: '同意の内容を確認する',
    withdraw: '同意を取り消す',
    withdrawConfirmTitle: '同意を取り消しますか？',
    withdrawConfirmBody:
      '取り消すと、もう一度同意するまで相談できなくなります。これまでの記録は、削除をお申し出いただくまで保管されます。',
    withdrawConfirm: '同意を取り消す',
    familyTitle: 'ご家族の招待',
    familyLead: 'ご家族も寄り添いで相談できます。ご家族用の招待コードを発行してください。',
    toFamily: 'ご家族を招待する',
    sessionsTitle: 'ログイン中の端末',
    sessionsLead:
      '心当たりのない端末があれば、すべての端末からログアウトし、パスワードを変えてください。',
    unknownDevice: '不明な端末',
    thisDevice: 'この端末',
    sessionTimes: 'ログイン：{{created}}　最終利用：{{lastSeen}}',
    everywhere: 'すべての端末からログアウト',
    everywhereConfirmTitle: 'すべての端末からログアウトしますか？',
    everywhereConfirmBody: 'この端末を含め、すべての端末でもう一度ログインが必要になります。',
    everywhereConfirm: 'ログアウトする',
    notificationsTitle: 'この端末への通知',
    notificationsLead:
      '返信が届いたときなどに、この端末にお知らせします。通知には相談の内容やお名前は表示されません。',
    notificationsCareLead:
      '緊急度の高い相談や、返信の目標時間を過ぎた相談があるときに、この端末にお知らせします。',
    notificationsOn: '通知はオンです',
    notificationsOff: '通知はオフです',
    notificationsTurnOn: '通知をオンにする',
    notificationsTurnOff: '通知をオフにする',
    notificationsUnsupported:
      'この端末またはブラウザは通知に対応していません。iPhoneではホーム画面に追加してから開いてください。',
    notificationsDenied:
      '通知がブラウザでブロックされています。ブラウザの設定でこのサイトの通知を許可してください。',
    exportTitle: 'データのダウンロード',
    exportLead:
      '寄り添いがお預かりしているあなたのデータを、JSON形式のファイルでダウンロードできます。',
    export: 'データをダウンロード',
    deletionTitle: 'アカウントの削除',
    deletionLead:
      'アカウントとお預かりしているデータの削除をお申し出いただけます。お申し出のあと、一定の期間をおいて削除します。',
    deletionCheckbox: 'アカウントとデータが削除され、元に戻せないことを理解しました',
    deletionSubmit: '削除を申し出る',
  },
  family: {
    title: 'ご家族の招待',
    lead: 'ご家族も、看護師・保健師・助産師に相談できます。',
    createTitle: '招待コードの発行',
    createLead: 'ご家族に招待コードを伝え、寄り添いの登録画面で入力してもらってください。',
    create: 'ご家族用の招待コードを発行する',
    newCode: 'ご家族用の招待コード',
    oneTime: 'このコードは1回だけ使えます。有効期限は{{date}}までです。',
    howTo: '登録画面の「招待コード」の欄に入力してもらってください。',
    listTitle: '発行したコード',
    empty: 'まだ発行したコードはありません。',
    status: {
      active: '使用可能',
      used: '使用済み',
      revoked: '無効',
      expired: '期限切れ',
    },
    usedAt: '{{date}}に使われました',
    expiresAt: '有効期限：{{date}}',
    revoke: '無効にする',
    revokeFor: '{{code}}を無効にする',
    privacy:
      'ご家族の相談内容があなたに知らされることはありません。あなたの相談内容がご家族に知らされることもありません。',
  },
};

export const en: MessageShape<typeof ja> = {
  profile: {
    title: 'Account',
    lead: 'Signed in as {{email}} ({{role}}).',
    formTitle: 'Profile',
    birthYearHint:
      'Used only to count age bands (20s and so on) in anonymous statistics. Your coordinators and your employer never see it.',
    birthYearUnanswered: 'Prefer not to say',
    consentTitle: 'Consent to how we handle personal information',
    consentGiven: 'Agreed',
    consentMissing: 'Not agreed',
    consentVersion: 'You agreed to version {{version}}.',
    consentHistory: 'History',
    consentAction: {
      granted: 'Agreed to version {{version}}',
      withdrawn: 'Withdrew consent to version {{version}}',
    },
    consentMissingBody: 'You need to agree before you can consult.',
    toConsent: 'Read the consent text',
    withdraw: 'Withdraw consent',
    withdrawConfirmTitle: 'Withdraw your consent?',
    withdrawConfirmBody:
      'You will not be able to consult until you agree again. Your records are kept until you ask us to delete them.',
    withdrawConfirm: 'Withdraw consent',
    familyTitle: 'Invite your family',
    familyLead: 'Your family can consult too. Create an invite code for them.',
    toFamily: 'Invite family',
    sessionsTitle: 'Signed-in devices',
    sessionsLead:
      'If you see a device you do not recognise, sign out everywhere and change your password.',
    unknownDevice: 'Unknown device',
    thisDevice: 'This device',
    sessionTimes: 'Signed in: {{created}} · Last used: {{lastSeen}}',
    everywhere: 'Sign out on all devices',
    everywhereConfirmTitle: 'Sign out on all devices?',
    everywhereConfirmBody: 'You will need to sign in again on every device, including this one.',
    everywhereConfirm: 'Sign out',
    notificationsTitle: 'Notifications on this device',
    notificationsLead:
      'We let you know on this device when a reply arrives. Notifications never show what was said or your name.',
    notificationsCareLead:
      'We let you know on this device when an urgent consultation arrives or one has waited past its response target.',
    notificationsOn: 'Notifications are on',
    notificationsOff: 'Notifications are off',
    notificationsTurnOn: 'Turn notifications on',
    notificationsTurnOff: 'Turn notifications off',
    notificationsUnsupported:
      'This device or browser does not support notifications. On an iPhone, add the app to your home screen first.',
    notificationsDenied:
      'Notifications are blocked in this browser. Allow notifications for this site in the browser settings.',
    exportTitle: 'Download your data',
    exportLead: 'Download all the data Yorisoi holds about you as a JSON file.',
    export: 'Download data',
    deletionTitle: 'Delete account',
    deletionLead:
      'You can ask us to delete your account and data. We delete them after a short waiting period.',
    deletionCheckbox:
      'I understand that my account and data will be deleted and cannot be restored',
    deletionSubmit: 'Request deletion',
  },
  family: {
    title: 'Invite your family',
    lead: 'Your family can also consult nurses, public-health nurses and midwives.',
    createTitle: 'Create an invite code',
    createLead:
      'Give your family member the code and ask them to enter it on the Yorisoi registration page.',
    create: 'Create a family invite code',
    newCode: 'Family invite code',
    oneTime: 'This code can be used once. It expires on {{date}}.',
    howTo: 'Ask them to type it into the “Invite code” field when registering.',
    listTitle: 'Codes you created',
    empty: 'You have not created any codes yet.',
    status: {
      active: 'Usable',
      used: 'Used',
      revoked: 'Revoked',
      expired: 'Expired',
    },
    usedAt: 'Used on {{date}}',
    expiresAt: 'Expires: {{date}}',
    revoke: 'Revoke',
    revokeFor: 'Revoke {{code}}',
    privacy:
      'You are never told what your family consults about, and they are never told what you consult about.',
  },
};
