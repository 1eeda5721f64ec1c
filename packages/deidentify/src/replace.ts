import { ageBand, dateToMonth } from './generalize.ts';
import type { Entity, EntityType } from './types.ts';

const PLACEHOLDER: Record<Exclude<EntityType, 'AGE' | 'DATE'>, string> = {
  PERSON: '〈氏名〉',
  PHONE: '〈電話番号〉',
  EMAIL: '〈メールアドレス〉',
  ADDRESS: '〈住所〉',
  POSTAL_CODE: '〈郵便番号〉',
  ID: '〈ID〉',
  URL_HANDLE: '〈URL・ハンドル〉',
  ORGANIZATION: '〈組織名〉',
};

/** Direct identifiers become typed placeholders; ages and dates are generalised instead. */
export function replacement(type: EntityType, original: string): string {
  if (type === 'AGE') return ageBand(original);
  if (type === 'DATE') return dateToMonth(original);
  return PLACEHOLDER[type];
}

/** Rewrites the text; entities must be sorted and non-overlapping. */
export function applyReplacements(text: string, entities: readonly Entity[]): string {
  let result = '';
  let cursor = 0;
  for (const entity of entities) {
    result += text.slice(cursor, entity.start);
    result += replacement(entity.type, text.slice(entity.start, entity.end));
    cursor = entity.end;
  }
  return result + text.slice(cursor);
}
