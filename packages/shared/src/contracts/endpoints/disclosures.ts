import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import {
  ZDecideDisclosure,
  ZDisclosure,
  ZDisclosureList,
  ZMyDisclosureList,
  ZRequestDisclosure,
} from '../disclosures.ts';

export const disclosureEndpoints = {
  requestDisclosure: defineEndpoint({
    method: 'POST',
    path: '/api/consultations/:id/disclosures',
    summary: 'Ask to reveal the person’s identity in an emergency (supervisor, written reason)',
    access: 'session',
    params: ZIdParams,
    body: ZRequestDisclosure,
    response: ZDisclosure,
  }),
  listDisclosures: defineEndpoint({
    method: 'GET',
    path: '/api/disclosures',
    summary: 'Break-glass requests of the municipality (supervisors)',
    access: 'session',
    response: ZDisclosureList,
  }),
  decideDisclosure: defineEndpoint({
    method: 'POST',
    path: '/api/disclosures/:id/decision',
    summary: 'Approve or reject a break-glass request (a second supervisor)',
    access: 'session',
    params: ZIdParams,
    body: ZDecideDisclosure,
    response: ZDisclosure,
  }),
  listMyDisclosures: defineEndpoint({
    method: 'GET',
    path: '/api/me/disclosures',
    summary: 'When and why one’s identity was revealed in an emergency',
    access: 'session',
    response: ZMyDisclosureList,
  }),
} as const;
