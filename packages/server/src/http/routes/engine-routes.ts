import { analyze, type CoachInput, type ComposeInput, coach, compose } from '@rapport/engine';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import type { RouteDoc } from '../openapi/index.js';
import { readJson } from '../read-json.js';

const text = z.string().max(100_000);
const texts = z.union([text, z.array(text).min(1).max(50)]);
const phrases = z.array(z.string().max(500)).max(50);

export const analyzeBody = z.object({ text });
export const coachBody = z.object({
  reply: text,
  customer: texts.optional(),
  customerName: z.string().max(200).optional(),
  facts: phrases.optional(),
  previousReplies: z.array(text).max(50).optional(),
});
export const composeBody = z.object({
  customer: texts,
  customerName: z.string().max(200).optional(),
  facts: phrases.optional(),
  options: phrases.optional(),
  nextStep: z.string().max(500).optional(),
  agentName: z.string().max(200).optional(),
  channel: z.enum(['email', 'chat', 'public']).optional(),
  seed: z.number().int().optional(),
  previousReplies: z.array(text).max(50).optional(),
});

export const engineDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/analyze',
    summary: 'Emotions (with evidence spans), sentiment, intensity, cues and risk of one customer message',
    tag: 'Engine',
    access: 'agent',
    body: analyzeBody,
    status: 200,
  },
  {
    method: 'post',
    path: '/api/coach',
    summary: 'Coach a reply draft against the customer’s message(s): score, checks, spans and suggestions',
    tag: 'Engine',
    access: 'agent',
    body: coachBody,
    status: 200,
  },
  {
    method: 'post',
    path: '/api/compose',
    summary: 'Draft replies that fit how the customer feels, each checked by the coach',
    tag: 'Engine',
    access: 'agent',
    body: composeBody,
    status: 200,
  },
];

/**
 * `POST /api/analyze`, `/api/coach` and `/api/compose`: the engine over HTTP for integrations (the
 * web app runs the same code in the browser). Stateless: nothing is stored.
 */
export function engineRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post('/analyze', async (c) => c.json({ analysis: analyze((await readJson(c, analyzeBody)).text) }))
    .post('/coach', async (c) => c.json(coach(withoutUndefined(await readJson(c, coachBody)) as CoachInput)))
    .post('/compose', async (c) =>
      c.json(compose(withoutUndefined(await readJson(c, composeBody)) as ComposeInput)),
    );
}

// The engine's optional fields must be absent rather than undefined (exactOptionalPropertyTypes).
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
