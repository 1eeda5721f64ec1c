import crypto from 'node:crypto';
import {
  ageBoundsOf,
  childcareKindOf,
  codeNames,
  isClassBasedKind,
  parseAcceptanceAge,
  type AgeBounds,
  type ChildcareKind,
} from '@yorisoi/shared';
import { decodeOpenDataText } from './text-decoding.ts';
import { parseCsvRecords } from './csv-records.ts';
import {
  fieldOfHeader,
  municipalityIdentityFields,
  normalizeHeader,
  type FacilityField,
} from './facility-columns.ts';
import { readWeeklyHours, type WeeklyHours } from './opening-hours.ts';

/** One facility as a row of 子育て施設一覧 says it, ready to store. */
export interface ImportedFacility {
  line: number;
  sourceId: string;
  name: string;
  nameKana: string | null;
  nameEn: string | null;
  kind: ChildcareKind;
  kindWritten: string | null;
  area: string | null;
  postalCode: string | null;
  address: string | null;
  addressExtra: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  url: string | null;
  capacity: number | null;
  acceptanceAgeText: string | null;
  ageReadable: boolean;
  ageBounds: AgeBounds;
  hours: WeeklyHours;
  hoursNote: string | null;
  temporaryCare: boolean | null;
  sickChildCare: boolean | null;
  nursingRoom: boolean | null;
  diaperChanging: boolean | null;
  parking: boolean | null;
  /** The row by its header as published, every column kept. */
  original: Record<string, string>;
  /** Of the content, whatever the generation, column order or encoding it came in. */
  contentHash: string;
}

export interface RejectedRow {
  line: number;
  reason: string;
}

export type FacilityFile =
  | { readable: true; facilities: ImportedFacility[]; rejected: RejectedRow[] }
  | { readable: false; reason: string };

const blankToNull = (value: string | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** 有/無 as open data writes it (「有」「あり」「○」「1」「可」…); blank is unknown. */
export function readPresence(value: string | undefined): boolean | null {
  const s = blankToNull(value)?.normalize('NFKC');
  if (!s) return null;
  if (/^(無|なし|無し|×|✕|0|不可|-|ー|FALSE)$/i.test(s)) return false;
  return true;
}

function readNumber(value: string | undefined, min: number, max: number): number | null | 'bad' {
  const s = blankToNull(value)?.normalize('NFKC').replace(/,/g, '').replace(/人$/, '');
  if (!s) return null;
  const n = Number(s);
  return Number.isFinite(n) && n >= min && n <= max ? n : 'bad';
}

/** The area (地区) from a column, else the first town of the address after the municipality. */
function areaOf(
  area: string | null,
  address: string | null,
  cityName: string | null,
): string | null {
  if (area) return area;
  if (!address) return null;
  const afterCity =
    cityName && address.includes(cityName)
      ? address.slice(address.indexOf(cityName) + cityName.length)
      : null;
  const town = afterCity ? /^([^\d０-９\-－]{1,5}?[町村])/.exec(afterCity)?.[1] : null;
  return town ?? null;
}

function contentHashOf(
  fields: Map<FacilityField, string>,
  unknown: Record<string, string>,
): string {
  const content = [
    ...[...fields.entries()].filter(([field]) => !municipalityIdentityFields.includes(field)),
    ...Object.entries(unknown).map(([header, value]) => [`?${header}`, value] as const),
  ]
    .filter(([, value]) => value.trim() !== '')
    .map(([key, value]) => [key, value.trim()])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  return crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Reads a whole 子育て施設一覧 file for the municipality with code `municipalityCode`.
 * Unreadable as a whole (encoding, quoting, no 名称 column): nothing is returned to store.
 * Otherwise every row is a facility or a rejection with its line and reason (in Japanese,
 * the language of the people who fix the file).
 */
export function readFacilityFile(
  bytes: Uint8Array,
  municipality: { code: string; name: string },
): FacilityFile {
  const decoded = decodeOpenDataText(bytes);
  if (!decoded.ok) return { readable: false, reason: 'encoding' };
  const records = parseCsvRecords(decoded.text);
  if (!records) return { readable: false, reason: 'csv' };
  // Some publishers put a title row above the header (横浜市: 【令和７年９月１日時点】).
  const headerIndex = records.findIndex((r) => r.cells.some((c) => fieldOfHeader(c) === 'name'));
  if (headerIndex < 0 || headerIndex > 5) return { readable: false, reason: 'header' };
  const header = records[headerIndex]!.cells.map((c) => normalizeHeader(c));
  const fieldAt = header.map((h) => fieldOfHeader(h));
  const facilities: ImportedFacility[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Set<string>();
  const hasIdColumn = fieldAt.includes('id');
  for (const record of records.slice(headerIndex + 1)) {
    const { line, cells } = record;
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.length > header.length) {
      rejected.push({
        line,
        reason: `列の数が見出しより多い（${cells.length}列、見出しは${header.length}列）`,
      });
      continue;
    }
    const fields = new Map<FacilityField, string>();
    const unknown: Record<string, string> = {};
    const original: Record<string, string> = {};
    header.forEach((h, i) => {
      const value = cells[i] ?? '';
      original[h] = value;
      const field = fieldAt[i];
      if (field) {
        if (!fields.has(field) || fields.get(field) === '') fields.set(field, value);
      } else {
        unknown[h] = value;
      }
    });
    const get = (field: FacilityField) => blankToNull(fields.get(field));
    const code = get('code');
    if (code && !codeNames(code, municipality.code)) {
      rejected.push({
        line,
        reason: `全国地方公共団体コード「${code}」がこの自治体（${municipality.code}）のコードではない（またはチェックディジットが正しくない）`,
      });
      continue;
    }
    const name = get('name');
    if (!name) {
      rejected.push({ line, reason: '名称がない' });
      continue;
    }
    const sourceId = get('id')?.normalize('NFKC');
    if (!hasIdColumn || !sourceId) {
      rejected.push({ line, reason: 'ID（NO）がない' });
      continue;
    }
    if (seen.has(sourceId)) {
      rejected.push({ line, reason: `ID「${sourceId}」がファイル内で重複している` });
      continue;
    }
    const latitude = readNumber(fields.get('latitude'), -90, 90);
    const longitude = readNumber(fields.get('longitude'), -180, 180);
    if (latitude === 'bad' || longitude === 'bad') {
      rejected.push({ line, reason: '緯度・経度が数値として読めない' });
      continue;
    }
    const capacity = readNumber(fields.get('capacity'), 0, 100_000);
    if (capacity === 'bad' || (capacity !== null && !Number.isInteger(capacity))) {
      rejected.push({ line, reason: '収容定員が整数として読めない' });
      continue;
    }
    seen.add(sourceId);
    const kindWritten = get('kind');
    const kind = kindWritten ? childcareKindOf(kindWritten) : 'other';
    const acceptanceAgeText = get('acceptanceAge');
    const age = parseAcceptanceAge(acceptanceAgeText ?? '');
    const splitAddress = ['addressPrefecture', 'addressCity', 'addressTown', 'addressRest']
      .map((f) => get(f as FacilityField) ?? '')
      .join('');
    const address = get('address') ?? (splitAddress || null);
    facilities.push({
      line,
      sourceId,
      name,
      nameKana: get('nameKana'),
      nameEn: get('nameEn'),
      kind,
      kindWritten,
      area: areaOf(
        get('area'),
        address,
        get('cityName') ?? get('addressCity') ?? get('municipalityName') ?? municipality.name,
      ),
      postalCode: get('postalCode'),
      address,
      addressExtra: get('addressExtra'),
      latitude,
      longitude,
      phone: get('phone'),
      url: get('url'),
      capacity,
      acceptanceAgeText,
      ageReadable: acceptanceAgeText !== null && age.readable,
      ageBounds: ageBoundsOf(age, isClassBasedKind(kind)),
      hours: readWeeklyHours(
        fields.get('days') ?? '',
        fields.get('opens') ?? '',
        fields.get('closes') ?? '',
      ),
      hoursNote: get('hoursNote'),
      temporaryCare: readPresence(fields.get('temporaryCare')),
      sickChildCare: readPresence(fields.get('sickChildCare')),
      nursingRoom: readPresence(fields.get('nursingRoom')),
      diaperChanging: readPresence(fields.get('diaperChanging')),
      parking: readPresence(fields.get('parking')),
      original,
      contentHash: contentHashOf(fields, unknown),
    });
  }
  return { readable: true, facilities, rejected };
}
