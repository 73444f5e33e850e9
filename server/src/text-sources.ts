// Which module names the free text of which kind of record, for translation (platform/translation): each module's
// TextSource reads its record as the caller may, as its audit subject describer names it. app.ts hands these to the
// translation routes and jobs; exchange-kinds.ts makes a purge take the record's translations along.
import { contactTexts } from './modules/directory/index.js';
import { incidentTexts } from './modules/incidents/index.js';
import { notificationTexts } from './modules/notifications/index.js';
import { meetingTexts } from './modules/meetings/index.js';
import { requestTexts } from './modules/requests/index.js';
import type { TextSources } from './platform/translation/index.js';

export const textSources: TextSources = { ...notificationTexts, ...contactTexts, ...incidentTexts, ...requestTexts, ...meetingTexts };
