import { z } from 'zod';
import { defineEndpoint } from '../endpoint.ts';
import { ZCreateMunicipalityRequest, ZMunicipality, ZMunicipalityList } from '../municipalities.ts';
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
} as const;
