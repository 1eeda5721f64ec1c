/**
 * Deterministic synthetic consultation messages for benchmarking: fictional names, employers,
 * numbers and dates dropped into everyday consultation sentences.
 */
const SURNAMES = [
  '東',
  '川路',
  '迫田',
  '福留',
  '肥後',
  '楠元',
  '新留',
  '岩切',
  '鮫島',
  '二階堂',
  '下窪',
  '有馬',
];
const GIVEN = ['陽菜', '蒼', '結愛', 'さくら', '大和', 'ゆうと', '莉子', '湊', 'はると', '芽衣'];
const EMPLOYERS = [
  '株式会社しらなみ物産',
  '(有)錦江運輸',
  'ひなた保育園',
  '医療法人緑風会',
  '南州ベーカリー天保山店',
];
const FILLERS = [
  '最近は仕事と家のことで手一杯で、夜もなかなか眠れません。',
  '職場の人間関係がつらく、朝になるとお腹が痛くなります。',
  '残業が月60時間を超えていて、休日も疲れが取れません。',
  '子どもの発熱で休むたびに、上司に嫌味を言われます。',
  '血圧は150/95くらいで、健診で再検査と言われました。',
  '母の介護のことで、仕事を続けられるか不安です。',
  'どこに相談したらいいのかわからず、こちらに書きました。',
];

function pick<T>(items: readonly T[], seed: number): T {
  return items[seed % items.length] as T;
}

export function syntheticMessage(seed: number): string {
  const name = pick(SURNAMES, seed * 7 + 1);
  const given = pick(GIVEN, seed * 3 + 2);
  const parts = [
    pick(FILLERS, seed),
    `上司の${name}さんに相談したら、「${pick(EMPLOYERS, seed)}ではみんな我慢している」と言われました。`,
    pick(FILLERS, seed + 3),
    `${20 + (seed % 40)}歳です。次の面談は${1 + (seed % 12)}月${1 + (seed % 28)}日です。`,
    seed % 3 === 0
      ? `連絡は090-${String(1000 + (seed % 9000))}-${String(2000 + (seed % 7000))}まで。`
      : '',
    seed % 4 === 0 ? `娘の${given}ちゃん(${2 + (seed % 6)})の保育園のことも心配です。` : '',
    pick(FILLERS, seed + 5),
  ];
  return parts.join('');
}

/** A message cut or padded to exactly `length` characters. */
export function messageOfLength(seed: number, length: number): string {
  let text = syntheticMessage(seed);
  while (text.length < length) text += syntheticMessage(seed + text.length);
  return text.slice(0, length);
}
