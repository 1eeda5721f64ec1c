import { z } from 'zod';
import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import { ZPublicMunicipalityParams } from '../events.ts';
import {
  ZIndicatorInput,
  ZMeasure,
  ZMeasureBoard,
  ZMeasureHistory,
  ZMeasureInput,
  ZUpdateMeasureRequest,
} from '../measures.ts';

export const measureEndpoints = {
  getPublicMeasures: defineEndpoint({
    method: 'GET',
    path: '/api/public/municipalities/:code/measures',
    summary: 'The mayor’s measures by area with status and dated figures (public)',
    access: 'public',
    params: ZPublicMunicipalityParams,
    response: ZMeasureBoard,
  }),
  listMeasures: defineEndpoint({
    method: 'GET',
    path: '/api/measures',
    summary: 'The measures of the city for its staff to edit',
    access: 'session',
    response: ZMeasureBoard,
  }),
  createMeasure: defineEndpoint({
    method: 'POST',
    path: '/api/measures',
    summary: 'Add a measure (city staff)',
    access: 'session',
    body: ZMeasureInput,
    response: z.object({ measure: ZMeasure }),
  }),
  updateMeasure: defineEndpoint({
    method: 'PATCH',
    path: '/api/measures/:id',
    summary: 'Change a measure’s status, text or section (city staff; kept as a revision)',
    access: 'session',
    params: ZIdParams,
    body: ZUpdateMeasureRequest,
    response: z.object({ measure: ZMeasure }),
  }),
  addMeasureIndicator: defineEndpoint({
    method: 'POST',
    path: '/api/measures/:id/indicators',
    summary: 'Add a dated, sourced figure to a measure (city staff)',
    access: 'session',
    params: ZIdParams,
    body: ZIndicatorInput,
    response: z.object({ measure: ZMeasure }),
  }),
  getMeasureHistory: defineEndpoint({
    method: 'GET',
    path: '/api/measures/:id/revisions',
    summary: 'A measure with who changed what and when (city staff)',
    access: 'session',
    params: ZIdParams,
    response: ZMeasureHistory,
  }),
} as const;
