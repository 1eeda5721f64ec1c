import { describe, expect, it } from 'vitest';
import { useDetect } from '../testing/use-detect.ts';

const { detect } = useDetect();

describe('PERSON', () => {
  it.each([
    ['上司の山下課長から', ['PERSON:山下']],
    ['佐藤部長に', ['PERSON:佐藤']],
    ['森さんという同僚', ['PERSON:森']],
    ['息子の蓮が泣いて', ['PERSON:蓮']],
    ['夫の健二が', ['PERSON:健二']],
    ['娘のゆいちゃんが', ['PERSON:ゆい']],
    ['りょうたくんのお母さん', ['PERSON:りょうた']],
    ['看護師長の下園さんに', ['PERSON:下園']],
    ['中園 譲さんが', ['PERSON:中園 譲']],
    ['名前は今村美咲です', ['PERSON:今村美咲']],
    ['マリア・サントスです', ['PERSON:マリア・サントス']],
    ['Bui Quang Vinhです', ['PERSON:Bui Quang Vinh']],
    ['グエンさんが', ['PERSON:グエン']],
  ])('%s', (text, expected) => expect(detect(text)).toEqual(expected));

  it.each([
    '森の中を散歩する',
    '患者様と奥様',
    '橋本病で通院',
    'お母さんとお父さん',
    'ヘルパーさんが来る',
    'ちゃんと食べている',
    'たくさん寝た',
    '様子を見る',
    'マイナンバーを送る',
    '上司のパワハラについて',
    '私は福岡に住んでいる',
  ])('nothing in %s', (text) => expect(detect(text)).toEqual([]));
});

describe('ORGANIZATION', () => {
  it.each([
    ['株式会社南日本フーズの製造部', ['ORGANIZATION:株式会社南日本フーズ']],
    ['南国ロジスティクス株式会社で', ['ORGANIZATION:南国ロジスティクス株式会社']],
    ['㈱みなみ住設に', ['ORGANIZATION:㈱みなみ住設']],
    ['(有)東市来運送で', ['ORGANIZATION:(有)東市来運送']],
    ['社会福祉法人あおぞら会の', ['ORGANIZATION:社会福祉法人あおぞら会']],
    ['特養すみれ荘で', ['ORGANIZATION:特養すみれ荘']],
    ['日置市立ながよし小学校に', ['ORGANIZATION:日置市立ながよし小学校']],
    ['ドラッグひおき伊集院店の', ['ORGANIZATION:ドラッグひおき伊集院店']],
    ['湯田ジュニアサッカークラブに', ['ORGANIZATION:湯田ジュニアサッカークラブ']],
    ['娘がひまわり保育園に', ['ORGANIZATION:ひまわり保育園']],
    ['みなみ信用金庫伊集院支店に', ['ORGANIZATION:みなみ信用金庫伊集院支店']],
    ['デイサービスなごみに', ['ORGANIZATION:デイサービスなごみ']],
  ])('%s', (text, expected) => expect(detect(text)).toEqual(expected));

  it.each([
    '会社の病院に行った',
    '保育園と小学校',
    '市役所の包括支援センター',
    'ハローワークと労基署とナースセンター',
    '近くのクリニック',
    'デイサービスに週3回',
    '総合病院の内科',
  ])('nothing in %s', (text) => expect(detect(text)).toEqual([]));
});
