/**
 * The columns of 子育て施設一覧 in both generations in circulation, by the current name
 * (自治体標準オープンデータセット) with the older 推奨データセット names as aliases. Headers
 * are matched by name after normalisation (full-width letters, spaces, 「(必須)」), in any
 * order; a column not listed here is unknown, kept in the record and exported again.
 */
export const facilityColumns = {
  code: ['全国地方公共団体コード', '都道府県コード又は市区町村コード', '市区町村コード'],
  id: ['ID', 'NO', 'No', '番号'],
  municipalityName: ['地方公共団体名'],
  prefectureName: ['都道府県名'],
  cityName: ['市区町村名'],
  name: ['名称', '施設名', '施設・事業名'],
  nameKana: ['名称_カナ', '名称カナ', 'フリガナ'],
  nameEn: ['名称_英字', '名称_英語'],
  kind: ['種別', '施設種別'],
  area: ['地区', '地域', 'エリア'],
  postalCode: ['郵便番号'],
  address: ['所在地_連結表記', '住所'],
  addressPrefecture: ['所在地_都道府県'],
  addressCity: ['所在地_市区町村'],
  addressTown: ['所在地_町字'],
  addressRest: ['所在地_番地以下'],
  addressExtra: ['建物名等(方書)', '所在地_建物名等(方書)', '方書'],
  latitude: ['緯度'],
  longitude: ['経度'],
  phone: ['電話番号'],
  url: ['URL'],
  capacity: ['収容定員', '定員'],
  acceptanceAge: ['受入年齢', '対象年齢'],
  days: ['利用可能曜日'],
  opens: ['開始時間'],
  closes: ['終了時間'],
  hoursNote: ['利用可能日時特記事項'],
  temporaryCare: ['一時預かりの有無'],
  sickChildCare: ['病児保育の有無'],
  nursingRoom: ['授乳室'],
  diaperChanging: ['おむつ替えコーナー', 'おむつ替え'],
  parking: ['駐車場情報', '駐車場'],
} as const;
export type FacilityField = keyof typeof facilityColumns;

/** The current generation's header, in the order an export writes it. */
export const currentGenerationHeader: [FacilityField, string][] = [
  ['code', '全国地方公共団体コード'],
  ['id', 'ID'],
  ['municipalityName', '地方公共団体名'],
  ['name', '名称'],
  ['nameKana', '名称_カナ'],
  ['nameEn', '名称_英字'],
  ['kind', '種別'],
  ['area', '地区'],
  ['postalCode', '郵便番号'],
  ['address', '所在地_連結表記'],
  ['addressExtra', '建物名等(方書)'],
  ['latitude', '緯度'],
  ['longitude', '経度'],
  ['phone', '電話番号'],
  ['url', 'URL'],
  ['capacity', '収容定員'],
  ['acceptanceAge', '受入年齢'],
  ['days', '利用可能曜日'],
  ['opens', '開始時間'],
  ['closes', '終了時間'],
  ['hoursNote', '利用可能日時特記事項'],
  ['temporaryCare', '一時預かりの有無'],
  ['sickChildCare', '病児保育の有無'],
  ['nursingRoom', '授乳室'],
  ['diaperChanging', 'おむつ替えコーナー'],
  ['parking', '駐車場情報'],
];

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\((?:必須|任意)\)$/, '')
    .replace(/^\uFEFF/, '');
}

const fieldByHeader = new Map<string, FacilityField>(
  (Object.entries(facilityColumns) as [FacilityField, readonly string[]][]).flatMap(
    ([field, names]) => names.map((name) => [normalizeHeader(name).toUpperCase(), field] as const),
  ),
);

export function fieldOfHeader(header: string): FacilityField | null {
  return fieldByHeader.get(normalizeHeader(header).toUpperCase()) ?? null;
}

/** Columns that name the municipality, implied by the one imported into: not part of a record's content. */
export const municipalityIdentityFields: readonly FacilityField[] = [
  'code',
  'municipalityName',
  'prefectureName',
  'cityName',
];
