import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/main/core/app/context';
import type { RunningHost } from '../../src/main/host/server';
import { rawRequest } from '../helpers/http';
import { startTestHost, type TestHost } from '../helpers/test-host';

let host: RunningHost;
let ctx: AppContext;
let testHost: TestHost;

beforeAll(async () => {
  testHost = await startTestHost('<!doctype html><title>Partnerscope</title>');
  ({ host, ctx } = testHost);
});

afterAll(() => testHost.close());

const invoke = (name: string, headers: Record<string, string>, body = '{}') =>
  rawRequest(host.port, {
    method: 'POST',
    path: `/api/invoke/${name}`,
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('HTTP host', () => {
  it('prints a 127.0.0.1 address carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const res = await rawRequest(host.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Partnerscope</title>');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers API calls that carry the token', async () => {
    const res = await invoke('workspace.current', { 'x-partnerscope-token': host.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'w' } });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    expect((await invoke('workspace.current', {})).status).toBe(401);
    const wrong = await invoke('workspace.current', {
      'x-partnerscope-token': 'x'.repeat(host.token.length),
    });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a foreign Origin even with the token', async () => {
    const res = await invoke('workspace.current', {
      'x-partnerscope-token': host.token,
      origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
    const sameOrigin = await invoke('workspace.current', {
      'x-partnerscope-token': host.token,
      origin: `http://127.0.0.1:${host.port}`,
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await invoke('workspace.current', {
      'x-partnerscope-token': host.token,
      host: `evil.example:${host.port}`,
    });
    expect(res.status).toBe(403);
    const page = await rawRequest(host.port, { path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('does not take the token from the query string for API calls', async () => {
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: `/api/invoke/workspace.current?token=${host.token}`,
      body: '{}',
    });
    expect(res.status).toBe(401);
  });

  it('answers 400 for a method name that is not valid URL encoding', async () => {
    const res = await invoke('%E0%A4%A', { 'x-partnerscope-token': host.token });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/not a valid URL-encoded/),
      },
    });
  });

  it('answers 413 with a message for a body over the limit (70 MB)', async () => {
    const body = `{"path":"${'x'.repeat(70 * 2 ** 20)}"}`;
    const res = await invoke('workspace.open', { 'x-partnerscope-token': host.token }, body);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/larger than 64 MiB.*in chunks/) },
    });
    // The host still answers afterwards.
    expect((await invoke('workspace.current', { 'x-partnerscope-token': host.token })).status).toBe(
      200,
    );
  });

  it('passes contract errors through as data', async () => {
    const res = await invoke(
      'workspace.open',
      { 'x-partnerscope-token': host.token },
      '{"path": 5}',
    );
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const bad = await invoke(
      'workspace.current',
      { 'x-partnerscope-token': host.token },
      '{not json',
    );
    expect(bad.status).toBe(400);
  });

  it('streams push events to a client with the token', async () => {
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${host.port}/api/events?token=${host.token}`, {
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const first = await reader.read();
    text += decoder.decode(first.value);
    ctx.emit('progress', { task: 't', label: 'Working', done: 1, total: 2 });
    while (!text.includes('"progress"')) {
      const next = await reader.read();
      if (next.done) break;
      text += decoder.decode(next.value);
    }
    controller.abort();
    expect(text).toContain('"label":"Working"');
    const refused = await fetch(`http://127.0.0.1:${host.port}/api/events`);
    expect(refused.status).toBe(401);
  });
});
