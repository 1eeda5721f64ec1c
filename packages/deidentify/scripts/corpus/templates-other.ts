import {
  address,
  age,
  date,
  email,
  id,
  org,
  person,
  phone,
  postal,
  url,
  type Template,
} from './generator.ts';

/** Organisations named with kana or ordinary words plus a business or facility suffix. */
export const SUFFIXED_ORGANIZATIONS: Template[] = [
  (g) => ['母が', org(g.suffixedOrganization()), 'に入所してから、面会に行くたびに泣かれます。'],
  (g) => [org(g.suffixedOrganization()), 'で働いていますが、残業代が出ません。'],
  (g) => ['子どもは', org(g.suffixedOrganization()), 'に通っています。'],
  (g) => ['鹿児島市の', org(g.suffixedOrganization()), 'に通院しています。'],
  (g) => ['父が', org(g.suffixedOrganization()), 'のショートステイを利用しています。'],
  (g) => ['職場は', org(g.suffixedOrganization()), 'です。人が足りなくて休めません。'],
  (g) => [org(g.suffixedOrganization()), 'の先生に、発達のことを指摘されました。'],
  (g) => ['パート先の', org(g.suffixedOrganization()), 'で、店長に怒鳴られました。'],
  (g) => ['夫が', org(g.suffixedOrganization()), 'を辞めてから、家計が苦しいです。'],
  (g) => ['4月から', org(g.suffixedOrganization()), 'に転職しました。'],
  (g) => ['近所の', org(g.suffixedOrganization()), 'で、週に4日働いています。'],
  (g) => ['祖母は', org(g.suffixedOrganization()), 'にお世話になっています。'],
  (g) => ['以前勤めていた', org(g.suffixedOrganization()), 'の同僚から連絡がありました。'],
  (g) => ['息子の通う', org(g.suffixedOrganization()), 'から、呼び出しがありました。'],
  (g) => [org(g.suffixedOrganization()), 'さんには感謝しています。'],
  (g) => ['夫の職場（', org(g.suffixedOrganization()), '）は夜勤が多いです。'],
];

/** Legal forms, foundations, and organisations known only from context. */
export const CONTEXT_ORGANIZATIONS: Template[] = [
  (g) => [org(g.legalOrganization()), 'の製造部で働いています。'],
  (g) => [org(g.foundation()), 'の面接を受けましたが、連絡がありません。'],
  (g) => [
    '子会社の',
    org(`${g.stem()}${g.pick(['物流', 'サービス', 'テック', 'ロジ'])}`),
    'に出向になりました。',
  ],
  (g) => [
    org(g.stem()),
    g.pick(['っていうお店', 'というカフェ', 'というスーパー', 'という居酒屋']),
    'でパートをしています。',
  ],
  (g) => ['息子が入っている', org(g.team()), 'のコーチが、子どもたちを怒鳴ります。'],
  (g) => [org(g.typedOrganization()), 'に週3回通っています。'],
  (g) => ['勤め先は', org(g.stem()), 'という小さな会社です。'],
  (g) => ['娘は', org(g.team()), 'に入っています。'],
  (g) => [
    'グループ会社の',
    org(`${g.stem()}${g.pick(['ホールディングス', '開発', 'フードサービス', 'システムズ'])}`),
    'から異動してきた人に、パワハラを受けています。',
  ],
  (g) => ['就労支援の', org(g.stem()), 'に通いながら、仕事を探しています。'],
  (g) => ['今の職場（', org(g.legalOrganization()), '）に不満はないのですが、給料が上がりません。'],
  (g) => [
    '夫は',
    org(`${g.stem()}${g.pick(['建設', '工業', '運輸'])}`),
    'の社員で、単身赴任中です。',
  ],
];

/** Address parts after the town: buildings, housing complexes, building and room numbers. */
export const ADDRESSES: Template[] = [
  (g) => {
    const a = g.address();
    return ['住所は', a.prefix, address(a.street), 'です。'];
  },
  (g) => {
    const a = g.address();
    return [
      '書類は',
      postal(g.values.postalCode()),
      ' ',
      a.prefix,
      address(a.street),
      ' に送ってください。',
    ];
  },
  (g) => {
    const a = g.address();
    return ['母は', a.prefix, address(a.street), 'で一人暮らしをしています。'];
  },
  (g) => {
    const a = g.address();
    return ['引っ越し先：', a.prefix, address(a.street)];
  },
  (g) => {
    const a = g.address();
    return ['実家（', a.prefix, address(a.street), '）に子どもを預けています。'];
  },
  (g) => {
    const a = g.address();
    return [
      '送り先は',
      a.prefix,
      address(a.street),
      '、',
      person(g.surname().kanji),
      'までお願いします。',
    ];
  },
];

const INSURANCE_CARD: Template = (g) => [
  '保険証の記号は「',
  id(g.values.width(g.values.digits(g.random.int(3, 8)), 0.6)),
  '」、番号は「',
  id(g.values.width(String(g.random.int(1, 999)), 0.6)),
  '」です。',
];

/** Numbers labelled in Japanese paperwork, in full-width digits and quoted. */
export const LABELLED_NUMBERS: Template[] = [
  INSURANCE_CARD,
  (g) => {
    const v = g.values;
    return [
      '労働保険番号は ',
      id(v.width(`46${v.digits(1)}${v.digits(2)}-${v.digits(6)}-000`)),
      ' です。',
    ];
  },
  (g) => ['基礎年金番号：', id(g.values.width(`${g.values.digits(4)}-${g.values.digits(6)}`))],
  (g) => [
    '社員番号「',
    id(g.values.width(`${g.pick(['', 'A', 'K', 'SK'])}${g.values.digits(g.random.int(4, 6))}`)),
    '」の者です。',
  ],
  (g) => [
    '雇用保険の被保険者番号は',
    id(g.values.width(`${g.values.digits(4)}-${g.values.digits(6)}-${g.random.int(0, 9)}`)),
    'です。',
  ],
  (g) => ['介護保険の被保険者番号 ', id(g.values.width(`000${g.values.digits(7)}`)), ' の件で'],
  (g) => [
    '在留カード番号は',
    id(`${g.pick(['AB', 'UH', 'EK', 'TN'])}${g.values.digits(8)}${g.pick(['CD', 'FA', 'JP'])}`),
    'です。',
  ],
  (g) => ['診察券番号『', id(g.values.width(g.values.digits(6))), '』を書く欄があります。'],
  (g) => ['受給者証番号：', id(g.values.width(g.values.digits(8)))],
  (g) => [
    '振込先の口座は',
    g.pick(['普通 ', '普通預金 ', '当座 ']),
    id(g.values.width(g.values.digits(7))),
    'です。',
  ],
  (g) => ['マイナンバーは', id(g.values.width(g.values.myNumber())), 'です。'],
  (g) => ['看護師籍番号は第', id(g.values.width(g.values.digits(7))), '号です。'],
  (g) => [
    '保険証（記号',
    id(g.values.width(g.values.digits(5))),
    ' 番号',
    id(g.values.width(String(g.random.int(1, 99)))),
    '）を紛失しました。',
  ],
  (g) => [
    'パスポート番号 ',
    id(`${g.pick(['TR', 'MZ', 'TK'])}${g.values.digits(7)}`),
    ' を会社に預けたままです。',
  ],
  (g) => ['従業員番号は', id(g.values.width(g.values.digits(6))), 'です。'],
  (g) => [
    '年金手帳の番号は「',
    id(g.values.width(`${g.values.digits(4)}－${g.values.digits(6)}`)),
    '」でした。',
  ],
];

const HANDLE_BASES = [
  'hioki_mama',
  'yuki.k',
  'satsuma_nurse',
  'kago_papa',
  'hana.life',
  'ikuji_days',
  'shift_worker',
  'mamalog',
  'kaigo.diary',
  'tomo_0707',
  'minami.s',
  'nurse_aki',
  'ryo.k',
  'umi_sora',
];

/** URLs and handles without a scheme, and handles labelled by their app. */
export const URLS: Template[] = [
  (g) => [
    'インスタ（',
    url(`instagram.com/${g.values.handle(g.pick(HANDLE_BASES))}`),
    '）に職場の写真を載せられました。',
  ],
  (g) => [
    'ブログ ',
    url(`note.com/${g.values.handle(g.pick(HANDLE_BASES))}/n/n${g.values.digits(6)}ab`),
    ' に私のことが書かれています。',
  ],
  (g) => [
    'TikTokの',
    url(`www.tiktok.com/@${g.values.handle(g.pick(HANDLE_BASES))}`),
    'に動画を上げられました。',
  ],
  (g) => [
    'Xのアカウント ',
    url(`x.com/${g.values.handle(g.pick(HANDLE_BASES))}`),
    ' で悪口を書かれています。',
  ],
  (g) => ['LINE公式は ', url(`lin.ee/${g.values.digits(3)}Ab${g.values.digits(2)}`), ' です。'],
  (g) => [
    'ママ友のブログ（',
    url(`ameblo.jp/${g.values.handle(g.pick(HANDLE_BASES))}`),
    '）に子どもの写真が出ていました。',
  ],
  (g) => [
    '会社の求人ページ ',
    url(`www.${g.pick(['satsuma-seiko', 'hioki-kaigo', 'minami-foods'])}.co.jp/recruit/`),
    ' を見て応募しました。',
  ],
  (g) => ['アカウントは', url(`@${g.values.handle(g.pick(HANDLE_BASES))}`), 'です。'],
  (g) => ['LINEのIDは ', url(g.values.handle(g.pick(HANDLE_BASES))), ' です。'],
  (g) => [
    'YouTube（',
    url(`youtube.com/@${g.values.handle(g.pick(HANDLE_BASES))}`),
    '）に職場の様子を流されています。',
  ],
  (g) => ['Facebook: ', url(`facebook.com/${g.values.handle(g.pick(HANDLE_BASES))}`)],
  (g) => [
    '短縮URL ',
    url(`bit.ly/${g.values.digits(2)}Xy${g.values.digits(3)}`),
    ' が送られてきました。',
  ],
];

/**
 * Dates, ages, phones, mail and postal codes in ordinary sentences; each comes twice with other
 * words, so that both splits (even and odd positions) have every one.
 */
export const NUMBERS: Template[] = [
  (g) => ['次の健診は', date(g.values.date()), 'です。'],
  (g) => [date(g.values.date()), 'に面談があります。'],
  (g) => [age(g.values.age(20, 60)), 'で初めての妊娠です。'],
  (g) => ['私は', age(g.values.age(20, 60)), '、パートで働いています。'],
  (g) => ['父（', age(String(g.random.int(60, 95))), '）が一人暮らしです。'],
  (g) => ['義母(', age(String(g.random.int(60, 95))), ')の介護をしています。'],
  (g) => ['連絡は', phone(g.values.phone()), 'にお願いします。'],
  (g) => ['携帯：', phone(g.values.phone()), '（夜でも大丈夫です）'],
  (g) => ['メールは ', email(g.values.email(g.values.handle(g.pick(HANDLE_BASES)))), ' です。'],
  (g) => [
    '返信は',
    email(g.values.email(g.values.handle(g.pick(HANDLE_BASES)))),
    'までお願いします。',
  ],
  (g) => ['生年月日は', date(g.values.birthDate()), 'です。'],
  (g) => [date(g.values.birthDate()), '生まれです。'],
  (g) => ['息子はまだ', age(`${g.random.int(2, 6)}つ`), 'です。'],
  (g) => ['娘は', age(g.values.age(1, 12)), 'で、保育園に通っています。'],
  (g) => [
    '面談は',
    date(`${g.values.month()}月${g.values.day()}日`),
    '（',
    g.pick(['月', '火', '水', '木', '金']),
    '）の予定です。',
  ],
  (g) => [
    '受診日：',
    date(`${g.values.month()}/${g.values.day()}`),
    '（',
    g.pick(['月', '火', '水', '木', '金']),
    '）',
  ],
  (g) => [
    '休職は',
    date(`${g.values.month()}/${g.values.day()}`),
    '〜',
    date(`${g.values.month()}/${g.values.day()}`),
    'の予定です。',
  ],
  (g) => ['母は', age(g.values.age(70, 95)), 'になりました。'],
  (g) => ['夫は', age(g.values.age(25, 60)), '、私は', age(g.values.age(25, 60)), 'です。'],
  (g) => ['有給は', date(g.values.date()), 'から', date(g.values.date()), 'まで取りました。'],
  (g) => ['郵便番号は', postal(g.values.postalCode()), 'です。'],
  (g) => [postal(g.values.postalCode()), 'の住所に書類を送ってください。'],
];
