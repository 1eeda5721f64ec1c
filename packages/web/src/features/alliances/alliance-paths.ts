import { paths } from '../../app/guards.ts';

/** Public addresses of a municipality's alliances, by its 全国地方公共団体コード. */
export const publicAlliancesPath = (code: string) => `/m/${encodeURIComponent(code)}/alliances`;
export const publicAlliancePath = (code: string, allianceId: string) =>
  `${publicAlliancesPath(code)}/${encodeURIComponent(allianceId)}`;
export const publicMemberPath = (code: string, allianceId: string, memberId: string) =>
  `${publicAlliancePath(code, allianceId)}/members/${encodeURIComponent(memberId)}`;
export const staffAlliancePath = (allianceId: string) =>
  `${paths.alliances}/${encodeURIComponent(allianceId)}`;
