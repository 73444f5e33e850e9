// Outgoing mail (pre-export notification reminders and escalations, in English and Chinese). With
// COUNTERPART_SMTP_URL set, messages go out over SMTP from COUNTERPART_MAIL_FROM, UTF-8 encoded; without it the
// node sends nothing and logs the number of recipients and the subject, never an address or the body. A failed send
// throws `MailError`, whose `transient` says whether the same message may succeed later.
export { createMailer, MailError, type Mailer, type MailLog, type MailMessage } from './mailer.js';
export { enqueueMail, mailJobHandler, MAIL_QUEUE } from './jobs.js';
