import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../../test/database.js';
import { buildTestApp } from '../../../../test/app.js';
import { registerCitizen, signIn, type TestSession } from '../../../../test/http-session.js';
import { withRequiredMaterials } from '../../../../test/materials.js';
import { seedDemoData } from '../../seed.js';
import { demoPassword } from '../../demo-accounts.js';
import type { Actor } from '../../platform/actor.js';
import { loadConfig } from '../../platform/config.js';
import { queryRows } from '../../platform/db/database.js';
import type { JobRunner } from '../../platform/jobs/index.js';
import { accounts } from '../identity/identity.tables.js';
import { notifications } from './notifications.tables.js';

const ITEM = '000125008000';
const validForm = {
  originCity: '重庆市',
  originCentre: '重庆市住房公积金管理中心',
  employer: '资阳市雁江区某机械制造有限公司',
  reason: 'job_change',
};

interface ReceivedMail {
  rcptTo: string[];
  to: string;
  subject: string;
  messageId: string;
  text: string;
  raw: string;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) in a header value. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_whole, enc: string, data: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** Just enough MIME for a single-part text mail as nodemailer writes it. */
function parseMail(raw: string, rcptTo: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) =>
    decodeHeader(new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body
              .replace(/=\r\n/g, '')
              .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return { rcptTo, to: header('To'), subject: header('Subject'), messageId: header('Message-ID'), text, raw };
}

/** A real SMTP peer on 127.0.0.1 with a random port, keeping every message it accepts. */
async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(
          parseMail(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function citizenActor(userId: string): Actor {
  return { userId, kind: 'citizen', roles: [], cityCode: null, orgIds: [], displayName: '' };
}

describe.each(databaseKinds())('notifying the applicant of case events on %s', (kind) => {
  let test: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let app: FastifyInstance;
  let jobs: JobRunner;
  let citizen: TestSession & { idNumber: string; mobile: string };
  let otherCitizen: TestSession;
  let officer: TestSession;
  let caseId: string;
  let caseNumber: string;
  const email = 'wang.xiaoming@example.cn';

  const act = (session: TestSession, id: string, body: object) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/actions`,
      headers: session.headers,
      payload: body,
    });
  const inbox = (session: TestSession, query = '') =>
    app.inject({ url: `/api/v1/notifications${query}`, headers: session.headers });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app, jobs } = await buildTestApp(test.database, {
      SMTP_URL: smtp.url,
      SMTP_FROM: '同城 <noreply@tongcheng.test>',
    }));
    citizen = await registerCitizen(app, '王小明');
    otherCitizen = await registerCitizen(app, '赵小红');
    officer = await signIn(app, 'cd.gjj.officer', demoPassword);
    // Registration collects no address yet; the account carries one as identity would store it.
    await test.database.withSystem((tx) =>
      tx.update(accounts).set({ email }).where(eq(accounts.id, citizen.accountId)),
    );
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
    await smtp.close();
  });

  it('mails the applicant when the case is submitted and when it is granted', async () => {
    const submitted = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...citizen.headers, 'idempotency-key': randomUUID() },
      payload: await withRequiredMaterials(app, citizen, {
        itemCode: ITEM,
        cityCode: '510100',
        form: validForm,
      }),
    });
    expect(submitted.statusCode).toBe(201);
    caseId = submitted.json().id;
    caseNumber = submitted.json().caseNumber;
    expect(await jobs.runOnce()).toMatchObject({ claimed: 1, done: 1 });
    expect(smtp.received).toHaveLength(1);

    expect((await act(officer, caseId, { action: 'accept' })).statusCode).toBe(200);
    expect((await act(officer, caseId, { action: 'grant' })).statusCode).toBe(200);
    expect(await jobs.runOnce()).toMatchObject({ claimed: 2, done: 2, retried: 0 });

    expect(smtp.received).toHaveLength(3);
    const [first, , last] = smtp.received;
    for (const mail of smtp.received) {
      expect(mail.rcptTo).toEqual([email]);
      expect(mail.to).toBe(email);
      expect(mail.subject).toMatch(/^【同城】/);
      expect(mail.text).toContain(caseNumber);
      expect(mail.raw).not.toContain(citizen.idNumber);
      expect(mail.text).not.toContain(citizen.idNumber);
      expect(mail.text).not.toContain(citizen.mobile);
      expect(mail.text).not.toContain('王小明');
    }
    expect(first?.subject).toBe(`【同城】申请已提交（办件编号 ${caseNumber}）`);
    expect(first?.text).toContain('住房公积金');
    expect(last?.subject).toBe(`【同城】申请已获批准（办件编号 ${caseNumber}）`);
    expect(last?.text).toContain('Application approved');
  });

  it('shows the notices in the applicant’s inbox, newest first, in their language', async () => {
    const res = await inbox(citizen);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.items.map((n: { kind: string }) => n.kind)).toEqual(['grant', 'accept', 'submitted']);
    expect(body).toMatchObject({ unreadCount: 3, nextCursor: null });
    expect(body.items[2]).toMatchObject({ caseId, caseNumber, title: '申请已提交', readAt: null });
    const english = (await inbox(citizen, '?lang=en')).json();
    expect(english.items[0].title).toBe('Application approved');
    expect(english.items[0].body).toContain(caseNumber);
  });

  it('lets the applicant mark a notice read, and nobody else', async () => {
    const [newest] = (await inbox(citizen)).json().items as { id: string }[];
    const byOther = await app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${newest?.id}/read`,
      headers: otherCitizen.headers,
    });
    expect(byOther.statusCode).toBe(404);
    expect(byOther.json().code).toBe('notifications.not_found');
    const read = await app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${newest?.id}/read`,
      headers: citizen.headers,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await inbox(citizen)).json().unreadCount).toBe(2);
    expect((await app.inject({ url: '/api/v1/notifications' })).statusCode).toBe(401);
  });

  it('shows another citizen none of them, over HTTP and in SQL as the application role', async () => {
    expect((await inbox(otherCitizen)).json()).toEqual({ items: [], nextCursor: null, unreadCount: 0 });
    const seen = (accountId: string) =>
      test.database.withActor(citizenActor(accountId), (tx) =>
        tx.select({ id: notifications.id }).from(notifications),
      );
    expect(await seen(otherCitizen.accountId)).toEqual([]);
    expect(await seen(citizen.accountId)).toHaveLength(3);
    const changed = await test.database.withActor(citizenActor(otherCitizen.accountId), (tx) =>
      tx
        .update(notifications)
        .set({ readAt: new Date() })
        .where(eq(notifications.caseId, caseId))
        .returning({ id: notifications.id }),
    );
    expect(changed).toEqual([]);
    const [role] = await test.database.withActor(citizenActor(citizen.accountId), (tx) =>
      queryRows<{ role: string }>(tx, sql`select current_user as role`),
    );
    expect(role?.role).toBe('tongcheng_app');
  });

  it('sends no second mail and writes no second notice when an event is delivered again', async () => {
    await test.database.withSystem((tx) =>
      tx.execute(
        sql`update outbox_events set status = 'pending', available_at = now() - interval '1 minute'`,
      ),
    );
    expect(await jobs.runOnce()).toMatchObject({ claimed: 3, done: 3 });
    expect(smtp.received).toHaveLength(3);
    expect((await inbox(citizen)).json().items).toHaveLength(3);
  });
});

describe.each(databaseKinds())('notifications without a mail server on %s', (kind) => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let jobs: JobRunner;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, loadConfig({ LOG_LEVEL: 'silent' }));
    ({ app, jobs } = await buildTestApp(test.database));
  });
  afterAll(async () => {
    await app.close();
    await test.dispose();
  });

  it('still fills the inbox when SMTP_URL is unset', async () => {
    const citizen = await registerCitizen(app, '李四');
    await test.database.withSystem((tx) =>
      tx.update(accounts).set({ email: 'li.si@example.cn' }).where(eq(accounts.id, citizen.accountId)),
    );
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...citizen.headers, 'idempotency-key': randomUUID() },
      payload: await withRequiredMaterials(app, citizen, {
        itemCode: ITEM,
        cityCode: '510100',
        form: validForm,
      }),
    });
    expect(res.statusCode).toBe(201);
    expect(await jobs.runOnce()).toMatchObject({ claimed: 1, done: 1 });
    const items = (await app.inject({ url: '/api/v1/notifications', headers: citizen.headers })).json().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'submitted', caseNumber: res.json().caseNumber });
    const [row] = await test.database.withSystem((tx) =>
      tx.select({ emailSentAt: notifications.emailSentAt }).from(notifications),
    );
    expect(row?.emailSentAt).toBeNull();
  });
});
