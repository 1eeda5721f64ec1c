import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFacilityFile, type ImportedFacility } from './facility-file.ts';
import { csvField } from './csv-records.ts';
import { encodeShiftJis, encodeUtf16 } from '../../testing/shift-jis.ts';

const hioki = { code: '462187', name: '日置市' };
const utf8 = (text: string) => new TextEncoder().encode(text);

const generationA = [
  '都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称(必須),名称_カナ(必須),種別,住所(必須),方書,緯度,経度,アクセス方法,駐車場情報,電話番号,内線番号,FAX番号,法人番号,団体名,認可等年月日,収容定員,受入年齢,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,一時預かりの有無,URL,備考',
  '46218,1,鹿児島県,日置市,ひまわり保育園（架空）,ヒマワリホイクエン,認可私立保育所,鹿児島県日置市伊集院町郡1-1,,31.63,130.40,,有,099-000-0001,,,,,,90,６か月～５歳,月～土,7:00,19:00,,有,,',
  '462187,2,鹿児島県,日置市,"さくら,こども園（架空）",サクラコドモエン,認定こども園（幼保連携型）,鹿児島県日置市吹上町中原2-2,,,,,無,099-000-0002,,,,,,120,産休明け～就学前,平日,07:30,18:30,土曜は12時まで,無,,',
  '462012,3,鹿児島県,鹿児島市,よその保育園（架空）,ヨソノホイクエン,認可私立保育所,鹿児島県鹿児島市山下町1,,,,,,,,,,,,,,,,,,,,',
  '462187,,鹿児島県,日置市,番号なし保育園（架空）,バンゴウナシ,認可私立保育所,鹿児島県日置市日吉町1,,,,,,,,,,,,,,,,,,,,',
].join('\r\n');

describe('子育て施設一覧 files', () => {
  it('reads the older generation, repairing a lost check digit and rejecting rows with reasons', () => {
    const file = readFacilityFile(utf8(generationA), hioki);
    if (!file.readable) throw new Error('unreadable');
    expect(file.facilities.map((f) => [f.line, f.sourceId, f.name, f.kind, f.area])).toEqual([
      [2, '1', 'ひまわり保育園（架空）', 'licensed_nursery', '伊集院町'],
      [3, '2', 'さくら,こども園（架空）', 'certified_kodomoen', '吹上町'],
    ]);
    const [himawari, sakura] = file.facilities as [ImportedFacility, ImportedFacility];
    expect(himawari.ageBounds.minMonths).toBe(6);
    expect(himawari.ageBounds.maxClassAge).toBe(5);
    expect(himawari.hours.opens).toEqual([null, 420, 420, 420, 420, 420, 420]);
    expect(himawari.parking).toBe(true);
    expect(himawari.original['内線番号']).toBe('');
    expect(sakura.ageBounds.minDays).toBe(57);
    expect(sakura.hours.closes).toEqual([null, 1110, 1110, 1110, 1110, 1110, null]);
    expect(file.rejected.map((r) => r.line)).toEqual([4, 5]);
    expect(file.rejected[0]!.reason).toContain('462012');
    expect(file.rejected[1]!.reason).toContain('ID');
  });

  it('refuses a file as a whole when it cannot be read', () => {
    expect(readFacilityFile(utf8('"名称,ID\r\nunterminated'), hioki).readable).toBe(false);
    expect(readFacilityFile(utf8('a,b\r\n1,2'), hioki).readable).toBe(false);
    const mixed = new Uint8Array([
      ...utf8('名称,ID\r\n日置,1\r\n'),
      ...encodeShiftJis('日置,2\r\n'),
    ]);
    expect(readFacilityFile(mixed, hioki).readable).toBe(false);
  });

  const kanji = fc.constantFrom(...'日置伊集院東市来吉吹上保育園こども森海山川花ひまわりさくら');
  const value = fc.string({ unit: kanji, minLength: 1, maxLength: 8 });
  const facilityRow = fc.record({
    name: value,
    kana: fc.string({
      unit: fc.constantFrom(...'アイウエオカキクケコ'),
      minLength: 1,
      maxLength: 6,
    }),
    age: fc.constantFrom('６か月～５歳', '産休明け～就学前', '未就学児', '18歳未満', '応相談', ''),
    extra: value,
    note: fc.option(fc.constantFrom('土曜は,12時まで', '"送迎"あり', '夜間\n相談'), { nil: '' }),
  });
  const encodings = ['utf-8', 'utf-8-bom', 'shift_jis', 'utf-16le', 'utf-16be'] as const;
  const encode = (text: string, encoding: (typeof encodings)[number]) => {
    switch (encoding) {
      case 'utf-8':
        return utf8(text);
      case 'utf-8-bom':
        return utf8(`\uFEFF${text}`);
      case 'shift_jis':
        return encodeShiftJis(text);
      case 'utf-16le':
        return encodeUtf16(text, 'le');
      case 'utf-16be':
        return encodeUtf16(text, 'be');
    }
  };

  it('gives the same records for any order of columns, generation of header and encoding', () => {
    const generations = [
      [
        '全国地方公共団体コード',
        'ID',
        '名称',
        '名称_カナ',
        '受入年齢',
        '独自の列',
        '利用可能日時特記事項',
      ],
      [
        '都道府県コード又は市区町村コード',
        'NO',
        '名称(必須)',
        '名称_カナ(必須)',
        '受入年齢',
        '独自の列',
        '利用可能日時特記事項',
      ],
    ];
    fc.assert(
      fc.property(
        fc.array(facilityRow, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(0, 1),
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 7, maxLength: 7 }),
        fc.constantFrom(...encodings),
        fc.constantFrom('\r\n', '\n'),
        (rows, generation, order, encoding, eol) => {
          const header = generations[generation]!;
          const cellsOf = (row: (typeof rows)[number], i: number) => [
            i % 2 === 0 ? '462187' : '46218',
            String(i + 1),
            row.name,
            row.kana,
            row.age,
            row.extra,
            row.note,
          ];
          const text = (head: string[], permutation: number[]) =>
            [head, ...rows.map(cellsOf)]
              .map((cells) => permutation.map((c) => csvField(cells[c]!)).join(','))
              .join(eol);
          const reference = readFacilityFile(
            utf8(text(generations[0]!, [0, 1, 2, 3, 4, 5, 6])),
            hioki,
          );
          const other = readFacilityFile(encode(text(header, order), encoding), hioki);
          if (!reference.readable || !other.readable) throw new Error('unreadable');
          // The record keeps its own header's names; its values and everything read from it agree.
          const comparable = (f: ImportedFacility) => ({
            ...f,
            original: Object.values(f.original).sort(),
          });
          expect(other.rejected).toEqual(reference.rejected);
          expect(other.facilities.map(comparable)).toEqual(reference.facilities.map(comparable));
        },
      ),
      { numRuns: 60 },
    );
  });
});
