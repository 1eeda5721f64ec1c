/**
 * The consent text for 要配慮個人情報 (APPI art. 20(2)): collecting health information needs
 * prior consent. Each text is versioned; a new version requires agreeing again, and the
 * version a person agreed to is stored with the agreement.
 */
export type ConsentPurpose = 'care' | 'statistics' | 'referral' | 'safety';

export interface ConsentText {
  version: string;
  effectiveFrom: string;
  purposes: readonly ConsentPurpose[];
  ja: { title: string; body: readonly string[] };
  en: { title: string; body: readonly string[] };
}

export const consentTexts: readonly ConsentText[] = [
  {
    version: '2026-04',
    effectiveFrom: '2026-04-01',
    purposes: ['care', 'statistics', 'referral', 'safety'],
    ja: {
      title: '相談内容など個人情報の取り扱いについて',
      body: [
        'ご相談いただく心身の状態や病歴、妊娠・出産、家族の介護などの内容は、個人情報保護法上の「要配慮個人情報」にあたります。お預かりする前に、以下の目的で取り扱うことへの同意をお願いしています。',
        '1. ご相談への対応：担当のウェルネスコーディネーター（看護師・保健師・助産師）と、その統括者だけが相談内容を読みます。勤務先や市役所の職員が相談内容を見ることはありません。',
        '2. 匿名の統計：相談の内容は氏名や連絡先などを取り除いたうえで統計にし、市への政策提言や職場環境の改善に使います。少人数の集計は公表せず、どなたが相談したかは勤務先にも市にも分からない形でのみ使います。',
        '3. 地域の支援へのご紹介：ご本人が希望された場合に限り、子育て支援や復職支援などの窓口をご紹介します。',
        '4. 命や健康を守るための対応：命に関わる緊急の事態では、法令に基づき、必要最小限の範囲で救急・警察などに連絡することがあります。その場合は後からご本人にお知らせします。',
        '同意はいつでも取り消せます。ご自身のデータはいつでもダウンロードでき、削除を申し出ることもできます。',
      ],
    },
    en: {
      title: 'How we handle your consultations and personal information',
      body: [
        'What you tell us about your health, medical history, pregnancy and birth or caring for family is "special care-required personal information" under Japan’s privacy law. Before we receive it, we ask you to agree that we use it for the purposes below.',
        '1. Answering you: only your wellness coordinator (a nurse, public-health nurse or midwife) and their supervisor read what you write. Your employer and city staff never see it.',
        '2. Anonymous statistics: with names and contact details removed, consultations become statistics for the city’s policy proposals and for better workplaces. Small groups are never published; neither your employer nor the city can tell who consulted.',
        '3. Referrals: only if you ask, we introduce you to local support such as childcare or return-to-work services.',
        '4. Protecting life and health: in a life-threatening emergency we may contact emergency services, as the law allows and only as far as needed. We tell you afterwards.',
        'You can withdraw your consent at any time, download all your data, and ask us to delete it.',
      ],
    },
  },
];

export function currentConsentText(): ConsentText {
  const latest = consentTexts.at(-1);
  if (!latest) throw new Error('No consent text is defined');
  return latest;
}
