import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSmtpServer, type SmtpServerOptions, type TestSmtpServer } from '../../../test/smtp.js';
import { createMailer, MailError, type Mailer } from './index.js';
import { toMailError } from './mailer.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const quietLog = () => ({ info: vi.fn(), warn: vi.fn() });

async function serverAndMailer(opts: SmtpServerOptions = {}, from = 'Counterpart <counterpart@localhost>') {
  const server = await startSmtpServer(opts);
  cleanup.push(() => server.close());
  const log = quietLog();
  const mailer = createMailer({ smtpUrl: server.url, from, rejectUnauthorized: true }, log);
  cleanup.push(() => mailer.close());
  return { server, mailer, log };
}

async function sendFailure(mailer: Mailer, to: string): Promise<MailError> {
  const err: unknown = await mailer.send({ to, subject: 'Reminder', text: 'Reply due.' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MailError);
  return err as MailError;
}

describe('mailer over SMTP', () => {
  it('delivers an English message with the configured sender, custom headers and HTML', async () => {
    const { server, mailer } = await serverAndMailer();
    const sent = await mailer.send({
      to: 'officer@agency.example',
      subject: 'Reminder: pre-export notification US-PEN-2026-000123 is due on 17 March',
      text: 'The reply to US-PEN-2026-000123 is due on 17 March 2026.\nOpen it in Counterpart.',
      html: '<p>The reply to <b>US-PEN-2026-000123</b> is due on 17 March 2026.</p>',
      headers: { 'X-Counterpart-Notification': 'US-PEN-2026-000123' },
    });

    const got = await server.waitFor((m) => m.subject.includes('US-PEN-2026-000123'));
    expect(mailer.configured).toBe(true);
    expect(sent.messageId).toBe(got.headers.get('message-id'));
    expect(got.envelope).toEqual({ from: 'counterpart@localhost', to: ['officer@agency.example'] });
    expect(got.to).toEqual(['officer@agency.example']);
    expect(got.from).toBe('Counterpart <counterpart@localhost>');
    expect(got.subject).toBe('Reminder: pre-export notification US-PEN-2026-000123 is due on 17 March');
    expect(got.text).toBe('The reply to US-PEN-2026-000123 is due on 17 March 2026.\nOpen it in Counterpart.');
    expect(got.html).toBe('<p>The reply to <b>US-PEN-2026-000123</b> is due on 17 March 2026.</p>');
    expect(got.headers.get('x-counterpart-notification')).toBe('US-PEN-2026-000123');
  });

  it('delivers a Chinese subject, body and sender name intact, MIME-encoded as UTF-8', async () => {
    const { server, mailer } = await serverAndMailer({}, '对口平台 <counterpart@localhost>');
    const subject = '提醒：出口前通知 US-PEN-2026-000123 将于 3 月 17 日到期';
    const text = '您好：\n出口前通知 US-PEN-2026-000123 的答复期限为 2026 年 3 月 17 日，请及时在对口平台中处理。';
    await mailer.send({ to: ['officer@agency.example', 'supervisor@agency.example'], subject, text });

    const [got] = server.messages;
    expect(server.messages).toHaveLength(1);
    expect(got?.subject).toBe(subject);
    expect(got?.text).toBe(text);
    expect(got?.from).toBe('对口平台 <counterpart@localhost>');
    expect(got?.to).toEqual(['officer@agency.example', 'supervisor@agency.example']);
    expect(got?.html).toBeNull();
    // On the wire: 7-bit only, headers as RFC 2047 encoded words, the body declared UTF-8.
    expect(got?.raw).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(got?.raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(got?.raw).toMatch(/^Content-Type: text\/plain; charset=utf-8/im);
  });

  it('sends to the accepted recipients and warns about the refused ones', async () => {
    const { server, mailer, log } = await serverAndMailer({ rejectRcpt: (a) => (a.startsWith('gone@') ? 550 : null) });
    const sent = await mailer.send({ to: ['gone@agency.example', 'here@agency.example'], subject: 'Escalation', text: 'Overdue.' });

    expect(sent.messageId).toMatch(/^<.+>$/);
    expect(server.messages.map((m) => m.envelope.to)).toEqual([['here@agency.example']]);
    expect(log.warn).toHaveBeenCalledOnce();
    expect(log.warn.mock.calls[0]?.[0]).toMatchObject({ rejected: ['gone@agency.example'] });
  });

  it('fails with a permanent MailError when the server rejects the recipient with 550', async () => {
    const { server, mailer } = await serverAndMailer({ rejectRcpt: () => 550 });
    const err = await sendFailure(mailer, 'gone@agency.example');

    expect(err).toMatchObject({ transient: false, responseCode: 550 });
    expect(err.message).toBe('SMTP server replied 550 to RCPT TO');
    expect(server.messages).toHaveLength(0);
  });

  it('fails with a transient MailError when the server defers the recipient with 451', async () => {
    const { server, mailer } = await serverAndMailer({ rejectRcpt: () => 451 });
    const err = await sendFailure(mailer, 'busy@agency.example');

    expect(err).toMatchObject({ transient: true, responseCode: 451 });
    expect(server.messages).toHaveLength(0);
  });

  it('fails with a transient MailError when the connection is refused', async () => {
    const closed: TestSmtpServer = await startSmtpServer();
    await closed.close();
    const mailer = createMailer({ smtpUrl: closed.url, from: 'Counterpart <counterpart@localhost>', rejectUnauthorized: true }, quietLog());
    cleanup.push(() => mailer.close());
    const err = await sendFailure(mailer, 'officer@agency.example');

    expect(err).toMatchObject({ transient: true, responseCode: undefined });
    expect(err.message).toMatch(/unreachable/);
  });
});

describe('mailer without an SMTP server', () => {
  it('sends nothing, returns a null message id and logs how many recipients and the subject, but no address and not the body', async () => {
    const log = quietLog();
    const mailer = createMailer({ smtpUrl: undefined, from: 'Counterpart <counterpart@localhost>', rejectUnauthorized: true }, log);
    const sent = await mailer.send({ to: 'officer@agency.example', subject: '提醒：到期', text: 'secret body 机密正文', html: '<p>secret body</p>' });

    expect(mailer.configured).toBe(false);
    expect(sent).toEqual({ messageId: null });
    expect(log.info).toHaveBeenCalledOnce();
    expect(log.info.mock.calls[0]?.[0]).toEqual({ recipients: 1, subject: '提醒：到期' });
    expect(JSON.stringify(log.info.mock.calls)).not.toMatch(/secret|机密|@agency/);
    await mailer.send({ to: ['officer@agency.example', 'supervisor@agency.example'], subject: 'Escalation', text: 'Overdue.' });
    expect(log.info.mock.calls[1]?.[0]).toEqual({ recipients: 2, subject: 'Escalation' });
    expect(JSON.stringify(log.info.mock.calls)).not.toMatch(/@agency/);
  });
});

describe('toMailError', () => {
  it.each([
    [{ code: 'ETIMEDOUT', command: 'CONN' }, true],
    [{ code: 'ECONNECTION' }, true],
    [{ code: 'EAUTH', responseCode: 454, command: 'AUTH PLAIN' }, true],
    [{ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' }, false],
    [{ code: 'EMESSAGE', responseCode: 554, command: 'DATA' }, false],
    [{ code: 'ETLS' }, false],
    [new Error('something else'), false],
  ])('classifies %o as transient: %s', (failure, transient) => {
    const err = toMailError(failure);
    expect(err).toBeInstanceOf(MailError);
    expect(err.transient).toBe(transient);
    expect(err.cause).toBe(failure);
  });
});
