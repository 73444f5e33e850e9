// Which module takes in which kind of record from other parties' nodes. A kind missing here is refused on receipt
// (with a receipt saying so), so a newer peer's records never stall the chain. A record purged on its party's
// withdrawal takes this node's translations of it along, in the same transaction.
import { CONTACT_KIND, contactExchangeHandler } from './modules/directory/index.js';
import type { Handlers, KindHandler } from './modules/exchange/index.js';
import { ATTACHMENT_KIND, attachmentHandler, NOTIFICATION_KIND, notificationHandler, RESPONSE_KIND, responseHandler } from './modules/notifications/index.js';
import { FOLLOW_UP_KIND, followUpHandler, INCIDENT_KIND, incidentHandler } from './modules/incidents/index.js';
import { CASE_KIND, caseHandler, DOCUMENT_KIND, documentHandler, REQUEST_KIND, requestHandler, STEP_KIND, stepHandler } from './modules/requests/index.js';
import { CLEARANCE_KIND, clearanceHandler, COMMITMENT_KIND, commitmentHandler, MEETING_KIND, MEETING_PART_KIND, meetingHandler, meetingPartHandler, READOUT_KIND, readoutHandler } from './modules/meetings/index.js';
import { forgetTranslationsIfGone } from './platform/translation/index.js';
import { textSources } from './text-sources.js';

const forgettingTranslations = (kind: string, handler: KindHandler): KindHandler => ({
  ...handler,
  async purge(tx, ctx, env) {
    await handler.purge(tx, ctx, env);
    await forgetTranslationsIfGone(tx, ctx, { sources: textSources, kind, recordId: env.recordId });
  },
});

export const exchangeHandlers: Handlers = {
  [CONTACT_KIND]: forgettingTranslations(CONTACT_KIND, contactExchangeHandler),
  [NOTIFICATION_KIND]: forgettingTranslations(NOTIFICATION_KIND, notificationHandler),
  [RESPONSE_KIND]: responseHandler,
  [ATTACHMENT_KIND]: attachmentHandler,
  [INCIDENT_KIND]: forgettingTranslations(INCIDENT_KIND, incidentHandler),
  [FOLLOW_UP_KIND]: followUpHandler,
  [CASE_KIND]: forgettingTranslations(CASE_KIND, caseHandler),
  [REQUEST_KIND]: forgettingTranslations(REQUEST_KIND, requestHandler),
  [STEP_KIND]: stepHandler,
  [DOCUMENT_KIND]: documentHandler,
  [MEETING_KIND]: forgettingTranslations(MEETING_KIND, meetingHandler),
  // A part's texts are its meeting's fields: its own purge forgets their translations.
  [MEETING_PART_KIND]: meetingPartHandler,
  [COMMITMENT_KIND]: forgettingTranslations(COMMITMENT_KIND, commitmentHandler),
  [READOUT_KIND]: readoutHandler,
  [CLEARANCE_KIND]: clearanceHandler,
};
