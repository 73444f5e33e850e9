// Which module takes in which kind of record from other parties' nodes. A kind missing here is refused on receipt
// (with a receipt saying so), so a newer peer's records never stall the chain.
import { CONTACT_KIND, contactExchangeHandler } from './modules/directory/index.js';
import type { Handlers } from './modules/exchange/index.js';
import { ATTACHMENT_KIND, attachmentHandler, NOTIFICATION_KIND, notificationHandler, RESPONSE_KIND, responseHandler } from './modules/notifications/index.js';

export const exchangeHandlers: Handlers = { [CONTACT_KIND]: contactExchangeHandler, [NOTIFICATION_KIND]: notificationHandler, [RESPONSE_KIND]: responseHandler, [ATTACHMENT_KIND]: attachmentHandler };
