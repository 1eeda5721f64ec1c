import { describe, expect, it } from 'vitest';
import { useSharedDeidentifier } from '../testing/shared-deidentifier.ts';

// Context rules of the sealed-split session: words as family names before titles, organisations
// known from what is said about them, numbers labelled as something other than a phone.
const { ofType } = useSharedDeidentifier();

describe('an ordinary word used as a family name before a title', () => {
  it.each([
    ['現場の高原主任から怒られます', '高原'],
    ['パート先の市場店長がシフトを変えます', '市場'],
    ['浜辺係長にセクハラされました', '浜辺'],
    ['森川工場長の指示です', '森川'],
  ])('%s', (text, name) => expect(ofType(text, 'PERSON')).toEqual([`PERSON:${name}`]));

  it.each([
    '総務課長に相談しました',
    '会社の総務課長に相談しました',
    '女性課長にセクハラをされました',
    '別の店長に相談しました',
    '支店長の話では',
    '現場監督が怖いです',
    '病棟の師長が厳しいです',
  ])('no person in %s', (text) => expect(ofType(text, 'PERSON')).toEqual([]));
});

describe('organisations known from what is said about them', () => {
  it.each([
    ['あすなろの子会社に移ることになりました', 'あすなろ'],
    ['ミライズの関連会社で働いています', 'ミライズ'],
    ['監理団体のアジアブリッジが来てくれません', 'アジアブリッジ'],
    ['所属チーム：ブルーウェーブ', 'ブルーウェーブ'],
    ['前の会社（ひかり技研）を辞めました', 'ひかり技研'],
    ['娘はたんぽぽに通っています', 'たんぽぽ'],
    ['母はやすらぎの郷に入所しています', 'やすらぎの郷'],
    ['ニコニコという名前のお店で働いています', 'ニコニコ'],
    ['はまゆうというデイサービスに通っています', 'はまゆう'],
  ])('%s', (text, name) => expect(ofType(text, 'ORGANIZATION')).toEqual([`ORGANIZATION:${name}`]));

  it.each([
    '東京に転職しました',
    '週に二回ジムに通っています',
    '息子を塾に通わせています',
    '実家のお店を経営しています',
    '前の職場は大変でした',
    '親の会社を退職しました',
    '鹿児島に出向になりました',
    '父に施設への入所を勧めました',
    'メンタルクリニックに通っています',
  ])('no organisation in %s', (text) => expect(ofType(text, 'ORGANIZATION')).toEqual([]));
});

describe('numbers labelled as something other than a phone', () => {
  it.each([
    ['介護保険被保険者番号「０１２３４５６７８９」', '０１２３４５６７８９'],
    ['受給者証番号は0912345678です', '0912345678'],
  ])('%s', (text, value) => {
    expect(ofType(text, 'ID')).toEqual([`ID:${value}`]);
    expect(ofType(text, 'PHONE')).toEqual([]);
  });

  it('a phone number after 電話番号 stays a phone', () =>
    expect(ofType('電話番号は090-1234-5678です', 'PHONE')).toEqual(['PHONE:090-1234-5678']));
});

describe('Latin-script names after English cues and with lowercase particles', () => {
  it.each([
    ['I live with Joy in the company dorm.', 'Joy'],
    ['I work with Bishal at the factory.', 'Bishal'],
    ['My name is Maria dos Santos.', 'Maria dos Santos'],
    ['Please help Siti binti Ahmad.', 'Siti binti Ahmad'],
    ['Contact Juan de la Cruz please.', 'Juan de la Cruz'],
  ])('%s', (text, name) => expect(ofType(text, 'PERSON')).toEqual([`PERSON:${name}`]));

  it.each([
    'I work with Japanese people and they are kind.',
    'We work with Vietnamese and Nepali trainees.',
    'I stay with Family in Osaka.',
    'Please Help Me.',
  ])('no person in %s', (text) => expect(ofType(text, 'PERSON')).toEqual([]));
});

describe('kana shop names IPADIC ends like a verb or a particle, and numbered blocks', () => {
  it.each([
    ['夫はひなた保育園に勤めています', 'ORGANIZATION:ひなた保育園'],
    ['ほたる園の店長に怒られました', 'ORGANIZATION:ほたる園'],
    ['ふくや食堂で働いています', 'ORGANIZATION:ふくや食堂'],
    ['はやと観光を辞めました', 'ORGANIZATION:はやと観光'],
    ['夫はリーフ訪問看護に勤めています', 'ORGANIZATION:リーフ訪問看護'],
    ['伊敷5丁目9番3号 市営伊敷住宅 3号棟', 'ADDRESS:伊敷5丁目9番3号 市営伊敷住宅 3号棟'],
  ])('%s', (text, entity) =>
    expect(ofType(text, entity.split(':')[0] as string)).toEqual([entity]),
  );

  it.each([
    'ともだちと食堂に行きました',
    'こどもと病院に行きました',
    'こどもや病院のことで悩んでいます',
    '娘がいた保育園に行きました',
  ])('no organisation in %s', (text) => expect(ofType(text, 'ORGANIZATION')).toEqual([]));
});

describe('names said to be people, full names after form labels, surnames ending in 園', () => {
  it.each([
    ['蕨野という人にお金を貸しています', '蕨野'],
    ['申込者：永吉 ひとみ', '永吉 ひとみ'],
    ['代表者氏名 冨宿 正', '冨宿 正'],
    ['假屋園先輩にお金を貸しました', '假屋園'],
  ])('%s', (text, name) => expect(ofType(text, 'PERSON')).toEqual([`PERSON:${name}`]));

  it.each([
    ['ひまわり園さんに相談しました', 'ひまわり園'],
    ['さくら保育園の園長です', 'さくら保育園'],
  ])('%s stays an organisation', (text, name) =>
    expect(ofType(text, 'ORGANIZATION')).toEqual([`ORGANIZATION:${name}`]),
  );

  it.each(['会社という所は厳しいです', '病院って所は待たされます', '上司という人は大変です'])(
    'no person in %s',
    (text) => expect(ofType(text, 'PERSON')).toEqual([]),
  );
});
