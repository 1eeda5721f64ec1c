import { describe, expect, it } from 'vitest';
import { useDetect } from '../testing/use-detect.ts';

// Organisations named only by what is said of them: their staff, a former job, a placement.

const { ofType } = useDetect();

describe('organisations known from their staff, a former job or a placement', () => {
  it.each([
    ['近所の青葉整体の店主に、相談に乗ってもらいました。', '青葉整体'],
    ['近所のれんげ左官の店主に相談しました。', 'れんげ左官'],
    ['母がお世話になっている大口の職員さんが、親切です。', '大口'],
    ['以前いたまほろば会館から、源泉徴収票が届きません。', 'まほろば会館'],
    ['以前いた大口スタジオから、連絡がありません。', '大口スタジオ'],
    ['派遣会社の紹介で、ゆめのきスタジオに行っています。', 'ゆめのきスタジオ'],
    ['派遣会社の紹介で、れんげ美容院に行っています。', 'れんげ美容院'],
    ['娘が入っている大口ジュニアバドミントンの保護者会がつらいです。', '大口ジュニアバドミントン'],
    ['勤務先：あけぼの工業所', 'あけぼの工業所'],
    ['牧園会館で、十年以上働いています。', '牧園会館'],
    ['まほろば美容院で、十年以上働いています。', 'まほろば美容院'],
  ])('%s', (text, name) => expect(ofType(text, 'ORGANIZATION')).toEqual([`ORGANIZATION:${name}`]));

  it.each([
    '近所のパン屋の店主に、相談に乗ってもらいました。',
    '近所の八百屋の店主と話しました。',
    '母がお世話になっている病院の職員さんが、とても親切です。',
    '母がお世話になっている施設の職員さんが、とても親切です。',
    '以前いた会社から、源泉徴収票が届きません。',
    '以前いた東京から引っ越しました。',
    '以前いた部署では残業がありませんでした。',
    '派遣会社の紹介で、工場に行っています。',
    '友人の紹介で、この相談窓口を知りました。',
    '写真スタジオで撮影しました。',
    '中古家具を買いました。',
    '会館での説明会に参加しました。',
    '整体に通っています。',
    '保育園の堂園園長に、退園を勧められました。',
  ])('%s has no organisation', (text) => expect(ofType(text, 'ORGANIZATION')).toEqual([]));
});
