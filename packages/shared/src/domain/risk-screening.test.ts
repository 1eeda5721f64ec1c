import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForScreening, screenForRisk } from './risk-screening.ts';

describe('risk screening', () => {
  it.each([
    ['もう死にたいです', 'high', 'suicide'],
    ['正直、消えたいと思うことがある', 'high', 'suicide'],
    ['シニタイ', 'high', 'suicide'],
    ['しにたーい', 'high', 'suicide'],
    ['死に　たい', 'high', 'suicide'],
    ['自殺を考えています', 'high', 'suicide'],
    ['生きているのがつらい', 'high', 'suicide'],
    ['また リスカ してしまった', 'high', 'self_harm'],
    ['睡眠薬を全部飲めば楽になれるかな', 'high', 'self_harm'],
    ['この子を殺してしまいそうで怖い', 'high', 'harm_to_others'],
    ['子どもについ手をあげてしまう', 'concern', 'abuse'],
    ['夫に殴られることがある', 'concern', 'abuse'],
    ['もう限界です。眠れない日が続いています', 'concern', 'distress'],
    ['死にたいとは思っていません', 'high', 'suicide'],
  ] as const)('%s → %s (%s)', (text, level, category) => {
    const result = screenForRisk(text);
    expect(result.level).toBe(level);
    expect(result.categories).toContain(category);
  });

  it.each([
    '残業が月80時間で死ぬほど忙しいです',
    '自殺対策の研修を受けました',
    '2歳の娘が保育園を嫌がります',
    '妊娠12週、つわりがひどいです',
    '母の介護で有給を使い切りそうです',
    'キャリアについて相談したいです',
    '同僚に助けてもらって何とかやっています',
  ])('does not flag everyday text: %s', (text) => {
    expect(screenForRisk(text).level).toBe('none');
  });

  it('finds a high-risk phrase wherever it stands, whatever the spacing or width', () => {
    const phrase = fc.constantFrom(
      '死にたい',
      '消えたい',
      '自殺したい',
      'いなくなりたい',
      'リストカット',
    );
    const filler = fc.constantFrom('', '最近', '仕事で', 'もう', '本当に', '…', '。', '夜になると');
    fc.assert(
      fc.property(
        filler,
        phrase,
        filler,
        fc.boolean(),
        fc.boolean(),
        (before, p, after, spaced, wide) => {
          let written = spaced ? p.split('').join(' ') : p;
          if (wide) written = written.replace(/ /g, '\u3000');
          expect(screenForRisk(`${before}${written}${after}`).level).toBe('high');
        },
      ),
    );
  });

  it('never throws and is stable under normalisation', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = screenForRisk(text);
        expect(['none', 'concern', 'high']).toContain(once.level);
        expect(normalizeForScreening(normalizeForScreening(text))).toBe(
          normalizeForScreening(text),
        );
      }),
    );
  });
});
