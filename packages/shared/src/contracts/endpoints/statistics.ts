import { defineEndpoint } from '../endpoint.ts';
import {
  ZProtectedTable,
  ZStatisticsExportFile,
  ZStatisticsExportQuery,
  ZStatisticsQuery,
  ZStatisticsSettings,
  ZUpdateStatisticsSettingsRequest,
} from '../insights.ts';

export const statisticsEndpoints = {
  getStatisticsTable: defineEndpoint({
    method: 'GET',
    path: '/api/statistics/table',
    summary:
      'One protected statistics table (city staff: the municipality; employer admin: own organisation or its pool)',
    access: 'session',
    query: ZStatisticsQuery,
    response: ZProtectedTable,
  }),
  exportStatisticsTable: defineEndpoint({
    method: 'GET',
    path: '/api/statistics/export',
    summary: 'The same protected table as a CSV or Excel (.xlsx) file',
    access: 'session',
    query: ZStatisticsExportQuery,
    response: ZStatisticsExportFile,
  }),
  getStatisticsSettings: defineEndpoint({
    method: 'GET',
    path: '/api/statistics/settings',
    summary: "The municipality's minimum group size k (city staff)",
    access: 'session',
    response: ZStatisticsSettings,
  }),
  updateStatisticsSettings: defineEndpoint({
    method: 'PATCH',
    path: '/api/statistics/settings',
    summary: 'Set the minimum group size k (5–50; city staff; audited)',
    access: 'session',
    body: ZUpdateStatisticsSettingsRequest,
    response: ZStatisticsSettings,
  }),
} as const;
