/** Messages of the first pages a visitor sees: the landing page and a municipality's page. */
import type { MessageShape } from '../shape.ts';

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
    privacySeenTitle: '勤務先と市が見られるもの',
    privacySeen: '人数の少ない項目を伏せた統計だけ（どんな相談が多いか、など）',
    privacyNeverTitle: '勤務先と市に伝わらないこと',
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
      register: '「招待コードで登録する」からコードを入力し、メールアドレスとパスワードを登録します。',
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
      '{{consortium}}に参加する企業で働く方とご家族は、看護師・保健師・助産師に24時間、無料で相談できます。相談したことは勤務先にも市にも伝わりません。',
    aboutPlain:
      '{{name}}で参加している企業で働く方とご家族は、看護師・保健師・助産師に24時間、無料で相談できます。相談したことは勤務先にも市にも伝わりません。',
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
};

export const en: MessageShape<typeof ja> = {
  landing: {
    signIn: 'Sign in',
    signUp: 'Register with an invite code',
    title: 'A health room for working people',
    heroLead:
      'Your body, your mind, work, raising children, caring for family. Talk to nurses, public-health nurses and midwives by chat or video call.',
    heroPoints: {
      hours: '24 hours',
      free: 'Free',
      private: 'Your employer is not told',
    },
    haveAccount: 'Already registered?',
    whoTitle: 'Who can use it',
    who: 'Employees of the companies taking part, and their families.',
    whoCode:
      'You register with an invite code (or QR code) from your employer. Family members get a family invite code from the employee who registered.',
    privacyTitle: 'Free and confidential',
    privacyLead:
      'Consulting is free. Only the professional who looks after you and the supervising coordinator can read what you write.',
    privacySeenTitle: 'What your employer and the city see',
    privacySeen: 'Only statistics, with small groups hidden (such as which topics are common)',
    privacyNeverTitle: 'What they never learn',
    privacyNever: 'Your name, whether you consulted, and what you said',
    hoursTitle: 'Hours',
    hours:
      'Chat any time, 24 hours a day, every day. You can also talk by video or voice call, or book a time.',
    hoursNight: 'At night and on holidays a reply may take a little longer.',
    emergencyTitle: 'In an emergency, call now',
    emergencyLead:
      'This health room is not an emergency line. If a life is in danger or you need help right now, call one of these numbers.',
    stepsTitle: 'How to register',
    steps: {
      code: 'Get an invite code (or QR code) from the person in charge at your employer.',
      register: 'Choose “Register with an invite code”, enter the code, your email and a password.',
      mail: 'Open the link in the email we send, read how your data is handled and agree.',
      start: 'Choose what you want to talk about and send a message: your consultation begins.',
    },
    areaTitle: 'Your area’s page',
    areaLead: 'Local contacts, childcare facilities and events, without registering.',
    areaOne: 'Open the page of {{name}}',
    areaCodeLabel: 'Local government code (6 digits)',
    areaCodeHint: 'For example 462187 for Hioki',
    areaCodeSubmit: 'Open',
  },
  municipalityPage: {
    title: 'Health room for working people in {{name}}',
    titleFallback: 'Area page',
    lead: '{{name}}, {{prefecture}}',
    aboutTitle: 'About the health room',
    aboutConsortium:
      'Employees of the companies in {{consortium}} and their families can consult nurses, public-health nurses and midwives 24 hours a day, free of charge. Neither the employer nor the city learns who consulted.',
    aboutPlain:
      'Employees of the companies taking part in {{name}} and their families can consult nurses, public-health nurses and midwives 24 hours a day, free of charge. Neither the employer nor the city learns who consulted.',
    joinTitle: 'How to join',
    join: 'Register with the invite code (or QR code) your employer gives you. If you are not sure whether your employer takes part, ask your HR or general affairs office.',
    contactsTitle: 'Who to call',
    contactsLead: 'If a life is in danger, call 119 without hesitating.',
    contactsNational: 'This municipality has not listed its contacts yet. These are the national lines.',
    regionTitle: 'Childcare and local events',
    childcare: 'Find childcare',
    childcareHint: 'Nurseries that can take your child, by birth date',
    vacancies: 'Nursery vacancies',
    vacanciesHint: 'This month’s places, facility by facility',
    events: 'Events',
    eventsHint: 'Parent meet-ups, courses, advice sessions',
    unknownTitle: 'We could not find this area’s page',
    toLanding: 'Back to the top page',
  },
};
