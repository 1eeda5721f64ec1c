import { defineEndpoint } from '../endpoint.ts';
import { ZAuditCsvFile, ZAuditFilter, ZAuditList, ZAuditQuery } from '../audit.ts';

export const auditEndpoints = {
  listAuditLog: defineEndpoint({
    method: 'GET',
    path: '/api/audit',
    summary: 'Audit entries of the municipality, newest first, filtered (supervisor)',
    access: 'session',
    query: ZAuditQuery,
    response: ZAuditList,
  }),
  exportAuditLog: defineEndpoint({
    method: 'GET',
    path: '/api/audit/export',
    summary: 'The filtered audit log as CSV (UTF-8 with BOM, CRLF) for the data-protection officer',
    access: 'session',
    query: ZAuditFilter,
    response: ZAuditCsvFile,
  }),
} as const;
