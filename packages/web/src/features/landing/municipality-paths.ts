/** A municipality's own public page, by its 6-digit 全国地方公共団体コード. */
export const municipalityPagePath = '/m/:code';

export function municipalityPath(code: string): string {
  return `/m/${encodeURIComponent(code)}`;
}
