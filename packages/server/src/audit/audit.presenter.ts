import {
  auditActionLabels,
  japanTimeOf,
  roleLabels,
  roles,
  type AuditAction,
  type Role,
  type TAuditEntry,
} from '@yorisoi/shared';
import { gridAsCsv } from '../platform/csv/write-csv.ts';
import type { AuditRow } from './audit.repository.ts';

/** An entry as the screen shows it: staff named, a person who consults never. */
export function presentAuditEntry(row: AuditRow, staffNames: Map<string, string>): TAuditEntry {
  return {
    seq: row.seq,
    at: new Date(row.at).toISOString(),
    action: row.action as AuditAction,
    actorRole: row.actorRole,
    actorId: row.actorId,
    actorName: row.actorId ? (staffNames.get(row.actorId) ?? null) : null,
    targetType: row.targetType,
    targetId: row.targetId,
  };
}

/** A cell Excel would read as a formula is kept as text (CSV injection). */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const roleJa = (role: string | null) =>
  role === null
    ? 'システム'
    : (roles as readonly string[]).includes(role)
      ? roleLabels[role as Role].ja
      : role;

/** The log in Japanese columns, as a data-protection officer opens it in Excel. */
export function auditLogCsv(entries: readonly TAuditEntry[], rows: readonly AuditRow[]): Buffer {
  const details = new Map(rows.map((r) => [r.seq, r.detail]));
  return gridAsCsv([
    [
      '番号',
      '日時（日本時間）',
      '操作',
      '操作コード',
      '役割',
      '操作者',
      '操作者ID',
      '対象の種類',
      '対象ID',
      '詳細',
    ],
    ...entries.map((e) => {
      const { date, time } = japanTimeOf(e.at);
      const seconds = new Date(e.at).toISOString().slice(17, 19);
      return [
        e.seq,
        `${date} ${time}:${seconds}`,
        auditActionLabels[e.action]?.ja ?? e.action,
        e.action,
        roleJa(e.actorRole),
        asText(e.actorName ?? ''),
        e.actorId ?? '',
        e.targetType ?? '',
        e.targetId ?? '',
        JSON.stringify(details.get(e.seq) ?? {}),
      ];
    }),
  ]);
}
