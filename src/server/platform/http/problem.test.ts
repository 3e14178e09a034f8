import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { Writable } from 'node:stream';
import { installProblemHandler } from './problem.js';
import { installRequestContext } from './request-context.js';
import cookie from '@fastify/cookie';

describe('the error renderer', () => {
  it('answers an unexpected failure with a 500 problem and logs no query parameters', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({ logger: { level: 'error', stream } });
    installProblemHandler(app);
    await app.register(cookie);
    installRequestContext(app, async () => null);
    app.get('/api/boom', async () => {
      throw Object.assign(
        new Error('Failed query: select * from accounts where id_number = $1\nparams: 510104199003071237'),
        { cause: Object.assign(new Error('connection reset'), { code: '08006' }) },
      );
    });
    const res = await app.inject('/api/boom');
    await app.close();
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'internal', status: 500 });
    expect(res.body).not.toContain('510104199003071237');
    const log = lines.join('');
    expect(log).toContain('Failed query');
    expect(log).toContain('08006');
    expect(log).not.toContain('510104199003071237');
  });
});
