import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams, ZOk } from '../common.ts';
import { ZPractice, ZPracticeInput, ZPracticeList } from '../practices.ts';

export const practiceEndpoints = {
  listPractices: defineEndpoint({
    method: 'GET',
    path: '/api/practices',
    summary: 'The municipality’s library of good practices (city staff, employer admins)',
    access: 'session',
    response: ZPracticeList,
  }),
  createPractice: defineEndpoint({
    method: 'POST',
    path: '/api/practices',
    summary: 'Add a good practice to the library (city staff)',
    access: 'session',
    body: ZPracticeInput,
    response: ZPractice,
  }),
  updatePractice: defineEndpoint({
    method: 'PATCH',
    path: '/api/practices/:id',
    summary: 'Edit a good practice (city staff)',
    access: 'session',
    params: ZIdParams,
    body: ZPracticeInput,
    response: ZPractice,
  }),
  deletePractice: defineEndpoint({
    method: 'DELETE',
    path: '/api/practices/:id',
    summary: 'Remove a good practice from the library (city staff)',
    access: 'session',
    params: ZIdParams,
    response: ZOk,
  }),
} as const;
