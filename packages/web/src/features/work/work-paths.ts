/** Public addresses of a municipality's back-to-work pages, by its 全国地方公共団体コード. */
export const publicWorkPath = (code: string) => `/m/${encodeURIComponent(code)}/work`;
export const publicOpeningPath = (code: string, openingId: string) =>
  `${publicWorkPath(code)}/${encodeURIComponent(openingId)}`;
export const joinWorkPath = (code: string) => `${publicWorkPath(code)}/join`;
