import { describe, expect, it } from 'vitest';
import { operationIdOf, singular } from './operation-ids.js';

describe('operationIdOf', () => {
  it.each([
    ['GET', '/api/v1/notifications', 'listNotifications'],
    ['POST', '/api/v1/notifications', 'createNotification'],
    ['GET', '/api/v1/notifications/:id', 'getNotification'],
    ['PUT', '/api/v1/notifications/:id', 'replaceNotification'],
    ['POST', '/api/v1/notifications/:id/send', 'sendNotification'],
    ['POST', '/api/v1/notifications/:id/replies', 'createNotificationReply'],
    ['DELETE', '/api/v1/notifications/:id/attachments/:attachmentId', 'deleteNotificationAttachment'],
    ['GET', '/api/v1/notifications/:id/clearance.pdf', 'getNotificationClearancePdf'],
    ['PATCH', '/api/v1/agencies/:id', 'updateAgency'],
    ['GET', '/api/v1/substances/export-licences', 'listSubstanceExportLicences'],
    ['POST', '/api/v1/peers/:party/sync', 'syncPeer'],
    ['POST', '/api/v1/clearances/verify', 'verifyClearance'],
    ['GET', '/api/v1/me', 'getMe'],
    ['DELETE', '/api/v1/session', 'deleteSession'],
    ['GET', '/api/v1/translations/{kind}/{id}', 'getTranslation'],
  ])('%s %s is %s', (method, url, id) => {
    expect(operationIdOf(method, url)).toBe(id);
  });

  it('tells the same operation apart by method, and is the same for :param and {param} paths', () => {
    expect(operationIdOf('PATCH', '/api/v1/peers/:party')).not.toBe(operationIdOf('GET', '/api/v1/peers/:party'));
    expect(operationIdOf('PUT', '/api/v1/notification-reply-periods/:party')).toBe(operationIdOf('PUT', '/api/v1/notification-reply-periods/{party}'));
  });

  it('makes the singular of the plurals the paths use', () => {
    expect(['agencies', 'replies', 'licences', 'keys', 'access', 'matches'].map(singular)).toEqual(['agency', 'reply', 'licence', 'key', 'access', 'match']);
  });
});
