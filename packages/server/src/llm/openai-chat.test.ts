import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiChat } from './openai-chat.js';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

/** A small OpenAI-compatible server on 127.0.0.1; each test says how it answers. */
let server: Server;
let baseUrl: string;
let handler: Handler;
const seen: Array<{ url: string | undefined; headers: IncomingMessage['headers']; body: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push({ url: req.url, headers: req.headers, body });
      handler(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
});

const json = (res: ServerResponse, status: number, value: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
};

describe('createOpenAiChat', () => {
  it('posts the model and messages to /chat/completions and returns the reply', async () => {
    handler = (_req, body, res) => {
      const request = JSON.parse(body) as { messages: Array<{ content: string }> };
      json(res, 200, {
        choices: [{ message: { role: 'assistant', content: `echo: ${request.messages[0]?.content}` } }],
      });
    };
    const chat = createOpenAiChat({ baseUrl: `${baseUrl}/`, model: 'test-model', apiKey: 'sk-test' });
    const result = await chat({ messages: [{ role: 'user', content: 'hello' }], temperature: 0.4, seed: 7 });
    expect(result).toEqual({ ok: true, content: 'echo: hello' });
    expect(seen[0]?.url).toBe('/v1/chat/completions');
    expect(seen[0]?.headers.authorization).toBe('Bearer sk-test');
    expect(JSON.parse(seen[0]!.body)).toEqual({
      model: 'test-model',
      messages: [{ role: 'user', content: 'hello' }],
      temperature: 0.4,
      seed: 7,
    });
  });

  it('sends no authorization header without a key', async () => {
    handler = (_req, _body, res) => json(res, 200, { choices: [{ message: { content: 'ok' } }] });
    await createOpenAiChat({ baseUrl, model: 'm' })({ messages: [] });
    expect(seen[0]?.headers.authorization).toBeUndefined();
  });

  it('reports an error status with the server message', async () => {
    handler = (_req, _body, res) => json(res, 401, { error: { message: 'Incorrect API key provided' } });
    const result = await createOpenAiChat({ baseUrl, model: 'm', apiKey: 'bad' })({ messages: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'http_status', status: 401 });
    expect(result.error.message).toContain('Incorrect API key provided');
  });

  it('reports answers that are not JSON, lack a message, or are empty', async () => {
    const chat = createOpenAiChat({ baseUrl, model: 'm' });
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>gateway</html>');
    };
    expect(await chat({ messages: [] })).toMatchObject({ ok: false, error: { code: 'bad_response' } });
    handler = (_req, _body, res) => json(res, 200, { choices: [] });
    expect(await chat({ messages: [] })).toMatchObject({ ok: false, error: { code: 'bad_response' } });
    handler = (_req, _body, res) => json(res, 200, { choices: [{ message: { content: '  ' } }] });
    expect(await chat({ messages: [] })).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('gives up after the timeout', async () => {
    handler = (_req, _body, res) => {
      setTimeout(() => json(res, 200, { choices: [{ message: { content: 'late' } }] }), 1_000);
    };
    // The answer comes ten times later than the client waits: a `timeout` result (not the late
    // answer) shows it gave up, with no stopwatch a busy machine could beat.
    const result = await createOpenAiChat({ baseUrl, model: 'm', timeoutMs: 100 })({ messages: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('reports a server that cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await createOpenAiChat({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm' })({
      messages: [],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
  });
});
