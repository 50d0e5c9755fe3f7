import { describe, expect, it } from 'vitest';
import type { ChatFn, ChatRequest } from './chat.js';
import { composeWithModel } from './compose-with-model.js';

const input = {
  customer: 'I was charged twice for my March bill and nobody has replied to my emails!',
  customerName: 'Maria',
  agentName: 'Sam',
  options: ['refund the second charge today', 'credit it to your next bill'],
  nextStep: 'confirm the refund by email within 24 hours',
};

/** A chat model written for the test: it answers from a script and records what it was sent. */
function scripted(answers: string[]): { chat: ChatFn; requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  const chat: ChatFn = async (request) => {
    requests.push(request);
    const content = answers[requests.length - 1];
    return content === undefined
      ? { ok: false, error: { code: 'http_status', status: 500, message: 'script ran out' } }
      : { ok: true, content };
  };
  return { chat, requests };
}

const WEAK = 'Please be advised that the matter is being processed as per policy.';
const STRONG = [
  'Hi Maria,',
  '',
  'Being charged twice for your March bill, and then hearing nothing back, would make anyone angry, and I am sorry we let you down.',
  '',
  'I can refund the second charge today, or credit it to your next bill. Which would you prefer?',
  'Once you tell me, I will confirm the refund by email within 24 hours.',
  '',
  'Thank you for your patience with us, and take care.',
  'Sam',
].join('\n');

describe('composeWithModel', () => {
  it('sends the customer, feeling, options and next step to the model', async () => {
    const { chat, requests } = scripted([STRONG, STRONG]);
    await composeWithModel(input, chat);
    const prompt = requests[0]!.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('I was charged twice for my March bill');
    expect(prompt).toContain('refund the second charge today');
    expect(prompt).toContain('confirm the refund by email within 24 hours');
    expect(prompt).toMatch(/Detected feeling: (anger|frustration)/);
  });

  it('sends what the coach flags back for exactly one revision', async () => {
    const { chat, requests } = scripted([WEAK, STRONG, STRONG]);
    const result = await composeWithModel(input, chat);
    expect(requests).toHaveLength(2);
    const revision = requests[1]!.messages;
    expect(revision.at(-2)).toEqual({ role: 'assistant', content: WEAK });
    expect(revision.at(-1)!.content).toMatch(/flagged/);
    expect(result.model).toMatchObject({ status: 'used', revised: true, firstDraft: WEAK });
    if (result.model.status !== 'used') return;
    expect(result.model.flagged.length).toBeGreaterThan(0);
    expect(result.draft).toMatchObject({ text: STRONG, source: 'model' });
    expect(result.draft.coach.score).toBeGreaterThan(result.model.firstScore);
    expect(result.alternatives.map((a) => a.source)).toEqual(['phrases', 'phrases']);
  });

  it('falls back to the phrase banks, with the reason, when the model fails', async () => {
    const { chat } = scripted([]);
    const result = await composeWithModel(input, chat);
    expect(result.model).toMatchObject({ status: 'failed', error: { code: 'http_status' } });
    expect(result.draft.source).toBe('phrases');
    expect(result.draft.text).toContain('charged twice');
  });

  it('keeps the first draft when the revision request fails', async () => {
    const { chat } = scripted([WEAK]);
    const result = await composeWithModel(input, chat);
    expect(result.draft.text).toBe(WEAK);
    expect(result.model).toMatchObject({
      status: 'used',
      revised: false,
      revisionError: { code: 'http_status' },
    });
  });
});
