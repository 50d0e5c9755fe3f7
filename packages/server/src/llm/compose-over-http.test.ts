import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeWithModel } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiChat } from './openai-chat.js';

/**
 * End to end: compose with a model served over HTTP by this test, in the OpenAI chat-completions
 * protocol. The server answers a weak first draft; when the request carries the coach's findings
 * it answers a revised one.
 */
const FIRST = 'Your ticket has been received and will be processed in due course.';
const REVISED = [
  'Hi Maria,',
  '',
  'Being charged twice for your March bill would make anyone angry, and I am sorry we got this wrong.',
  '',
  'I can refund the second charge today, or credit it to your next bill. Which would you prefer?',
  'Once you tell me, I will confirm the refund by email within 24 hours.',
  '',
  'Take care, and thank you for telling us.',
].join('\n');

let server: Server;
let baseUrl: string;
const bodies: Array<{ model: string; messages: Array<{ role: string; content: string }> }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      const body = JSON.parse(raw) as (typeof bodies)[number];
      bodies.push(body);
      const revising = body.messages.some((m) => m.role === 'assistant');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${bodies.length}`,
          object: 'chat.completion',
          model: body.model,
          choices: [
            {
              index: 0,
              finish_reason: 'stop',
              message: { role: 'assistant', content: revising ? REVISED : FIRST },
            },
          ],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('composeWithModel over an OpenAI-compatible HTTP endpoint', () => {
  it('drafts with the model, sends the coach findings back once, and keeps the better revision', async () => {
    const chat = createOpenAiChat({ baseUrl, model: 'local-test', apiKey: 'sk-local' });
    const result = await composeWithModel(
      {
        customer: "I was charged twice for my March bill and I still haven't had a refund!",
        customerName: 'Maria',
        options: ['refund the second charge today', 'credit it to your next bill'],
        nextStep: 'confirm the refund by email within 24 hours',
      },
      chat,
    );
    expect(bodies).toHaveLength(2);
    expect(bodies[0]!.model).toBe('local-test');
    expect(bodies[1]!.messages.at(-1)!.content).toMatch(/flagged/);
    expect(result.model).toMatchObject({ status: 'used', revised: true, firstDraft: FIRST });
    expect(result.draft).toMatchObject({ text: REVISED, source: 'model' });
  });

  it('falls back to the phrase banks when the endpoint is unreachable', async () => {
    const chat = createOpenAiChat({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 2_000 });
    const result = await composeWithModel({ customer: 'Where is my parcel?' }, chat);
    expect(result.model.status).toBe('failed');
    expect(result.draft.source).toBe('phrases');
  });
});
