import { defineEndpoint } from '../endpoint.ts';
import {
  ZLineSettings,
  ZMyLine,
  ZStartLineLinkRequest,
  ZStartLineLinkResponse,
  ZUpdateLineSettingsRequest,
} from '../line.ts';

export const lineEndpoints = {
  getLineSettings: defineEndpoint({
    method: 'GET',
    path: '/api/line/settings',
    summary: 'The municipality’s LINE account and this month’s pushes; secrets never (city staff)',
    access: 'session',
    response: ZLineSettings,
  }),
  updateLineSettings: defineEndpoint({
    method: 'PUT',
    path: '/api/line/settings',
    summary: 'Set the LINE channel, its secret and token (sealed) and the monthly budget',
    access: 'session',
    body: ZUpdateLineSettingsRequest,
    response: ZLineSettings,
  }),
  getMyLine: defineEndpoint({
    method: 'GET',
    path: '/api/me/line',
    summary: 'Whether one’s LINE is linked',
    access: 'session',
    response: ZMyLine,
  }),
  startLineLink: defineEndpoint({
    method: 'POST',
    path: '/api/me/line/link',
    summary: 'Make a nonce (10 minutes, once) and the LINE dialog to link one’s LINE',
    access: 'session',
    body: ZStartLineLinkRequest,
    response: ZStartLineLinkResponse,
  }),
  unlinkMyLine: defineEndpoint({
    method: 'DELETE',
    path: '/api/me/line',
    summary: 'Unlink one’s LINE: nothing is sent there any more',
    access: 'session',
    response: ZMyLine,
  }),
};
