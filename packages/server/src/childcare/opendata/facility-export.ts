import { childcareKindLabels, type ChildcareKind } from '@yorisoi/shared';
import type { FacilityRow } from '../childcare-facilities.repository.ts';
import { excelCsv } from './csv-records.ts';
import { currentGenerationHeader, fieldOfHeader, type FacilityField } from './facility-columns.ts';
import { clockText, weekdaysText } from './opening-hours.ts';

const presence = (value: boolean | null) => (value === null ? '' : value ? '有' : '無');
const text = (value: string | number | null) => (value === null ? '' : String(value));

/** A value as first published under any of the field's names, for what is kept as written. */
function publishedValue(row: FacilityRow, field: FacilityField): string | null {
  const entry = Object.entries(row.original).find(([header]) => fieldOfHeader(header) === field);
  return entry && entry[1].trim() !== '' ? entry[1] : null;
}

function valueOf(
  row: FacilityRow,
  field: FacilityField,
  municipality: { code: string; name: string },
): string {
  const firstOpenDay = row.opensMinutes.findIndex((m) => m !== null);
  switch (field) {
    case 'code':
      return municipality.code;
    case 'id':
      return row.sourceId;
    case 'municipalityName':
      return municipality.name;
    case 'kind':
      return row.kindWritten ?? childcareKindLabels[row.kind as ChildcareKind].ja;
    case 'days':
      return (
        publishedValue(row, 'days') ??
        weekdaysText({ opens: row.opensMinutes, closes: row.closesMinutes })
      );
    case 'opens':
      return (
        publishedValue(row, 'opens') ??
        (firstOpenDay < 0 ? '' : clockText(row.opensMinutes[firstOpenDay]!))
      );
    case 'closes':
      return (
        publishedValue(row, 'closes') ??
        (firstOpenDay < 0 ? '' : clockText(row.closesMinutes[firstOpenDay]!))
      );
    case 'temporaryCare':
    case 'sickChildCare':
    case 'nursingRoom':
    case 'diaperChanging':
      return publishedValue(row, field) ?? presence(row[field]);
    case 'parking':
      return publishedValue(row, 'parking') ?? presence(row.parking);
    case 'area':
      // An area read from the address is not written back as if it had been published.
      return publishedValue(row, 'area') ?? '';
    case 'latitude':
    case 'longitude':
    case 'capacity':
      return publishedValue(row, field) ?? text(row[field]);
    default: {
      const stored: Partial<Record<FacilityField, string | null>> = {
        name: row.name,
        nameKana: row.nameKana,
        nameEn: row.nameEn,
        postalCode: row.postalCode,
        address: row.address,
        addressExtra: row.addressExtra,
        phone: row.phone,
        url: row.url,
        acceptanceAge: row.acceptanceAgeText,
        hoursNote: row.hoursNote,
      };
      return stored[field] ?? publishedValue(row, field) ?? '';
    }
  }
}

/**
 * 子育て施設一覧 in the current generation for Excel (UTF-8 with BOM, CRLF): the standard
 * columns first, then every other column any facility was imported with, by its header.
 */
export function exportFacilitiesCsv(
  rows: FacilityRow[],
  municipality: { code: string; name: string },
): string {
  const extra = [
    ...new Set(
      rows.flatMap((row) =>
        Object.keys(row.original).filter((header) => fieldOfHeader(header) === null),
      ),
    ),
  ];
  const header = [...currentGenerationHeader.map(([, name]) => name), ...extra];
  const lines = rows.map((row) => [
    ...currentGenerationHeader.map(([field]) => valueOf(row, field, municipality)),
    ...extra.map((h) => row.original[h] ?? ''),
  ]);
  return excelCsv([header, ...lines]);
}
