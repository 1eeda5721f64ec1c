import { z } from 'zod';
import { defineEndpoint } from '../endpoint.ts';
import {
  ZCreateMunicipalityRequest,
  ZMunicipality,
  ZMunicipalityList,
  ZPublicMunicipality,
  ZPublicMunicipalityList,
  ZUpdatePublicContactsRequest,
} from '../municipalities.ts';
import { ZMunicipalityCodeParams } from '../childcare.ts';
import { ZStaffInvitation } from '../staff.ts';

export const municipalityEndpoints = {
  listMunicipalities: defineEndpoint({
    method: 'GET',
    path: '/api/municipalities',
    summary: 'Municipalities of the network (network admin)',
    access: 'session',
    response: ZMunicipalityList,
  }),
  createMunicipality: defineEndpoint({
    method: 'POST',
    path: '/api/municipalities',
    summary: 'Add a municipality with its first city staff and supervisor',
    access: 'session',
    body: ZCreateMunicipalityRequest,
    response: z.object({ municipality: ZMunicipality, invitations: z.array(ZStaffInvitation) }),
  }),
  listPublicMunicipalities: defineEndpoint({
    method: 'GET',
    path: '/api/public/municipalities',
    summary: 'Municipalities on this server, by name and code (public)',
    access: 'public',
    response: ZPublicMunicipalityList,
  }),
  getPublicMunicipality: defineEndpoint({
    method: 'GET',
    path: '/api/public/municipalities/:code',
    summary: 'A municipality’s name and the numbers it publishes for residents (public)',
    access: 'public',
    params: ZMunicipalityCodeParams,
    response: ZPublicMunicipality,
  }),
  getPublicContacts: defineEndpoint({
    method: 'GET',
    path: '/api/municipality/public-contacts',
    summary: 'The municipality’s public page as residents see it, for editing (city staff)',
    access: 'session',
    response: ZPublicMunicipality,
  }),
  updatePublicContacts: defineEndpoint({
    method: 'PUT',
    path: '/api/municipality/public-contacts',
    summary: 'Replace the numbers the municipality publishes for residents (city staff)',
    access: 'session',
    body: ZUpdatePublicContactsRequest,
    response: ZPublicMunicipality,
  }),
} as const;
