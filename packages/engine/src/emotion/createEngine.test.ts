import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from './createEngine.js';
import { CX_EMOTIONS } from './types.js';

const labels = (text: string) => analyze(text).emotions.map((e) => e.label);
const cueKinds = (text: string) => analyze(text).cues.map((c) => c.kind);

describe('analyze', () => {
  it('reads service failures without emotion words as negative experiences', () => {
    for (const text of [
      'I am still waiting for my refund',
      'I was on hold for two hours',
      'They cancelled my flight',
      'I was charged twice for one order',
      'No one answers the phone',
    ]) {
      const r = analyze(text);
      expect(r.sentiment.label, text).toBe('negative');
      expect(
        r.emotions.some((e) => e.label === 'frustration' || e.label === 'anger'),
        text,
      ).toBe(true);
    }
  });

  it('reads "not happy" as negative and "not angry" without anger', () => {
    expect(analyze("I'm not happy with this").sentiment.label).toBe('negative');
    expect(labels("I'm not happy with this")).not.toContain('delight');
    expect(labels('I am not angry, just asking when it ships')).not.toContain('anger');
  });

  it('turns sarcastic praise into frustration', () => {
    const r = analyze('Great, just great. My order is late again.');
    expect(r.cues.map((c) => c.kind)).toContain('sarcasm');
    expect(r.sentiment.label).toBe('negative');
    expect(r.emotions.map((e) => e.label)).not.toContain('delight');
  });

  it('reads thanks and delight as positive', () => {
    const r = analyze('Thank you so much, the replacement arrived and it is perfect!');
    expect(r.sentiment.label).toBe('positive');
    expect(r.emotions.map((e) => e.label)).toContain('gratitude');
    expect(r.risk.churn).toBeLessThan(0.2);
  });

  it('finds cues with spans that point into the text', () => {
    const text = "Third time I'm writing!!! WHERE IS MY REFUND. I'll sue you and post this on Twitter 😡 :(";
    const r = analyze(text);
    const kinds = r.cues.map((c) => c.kind);
    for (const k of [
      'repeat_contact',
      'repeated_punctuation',
      'shouting',
      'threat_legal',
      'threat_to_go_public',
      'emoji',
      'emoticon',
    ] as const) {
      expect(kinds, k).toContain(k);
    }
    for (const c of r.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(r.risk.escalation).toBeGreaterThan(0.7);
    expect(r.risk.reasons.length).toBeGreaterThan(2);
  });

  it('reads deadlines, time pressure and threats to leave', () => {
    expect(cueKinds('I need this fixed by Friday')).toContain('deadline');
    expect(cueKinds('This is urgent, please reply asap')).toContain('time_pressure');
    expect(cueKinds('Cancel my subscription, I am switching to another provider')).toContain(
      'threat_to_leave',
    );
    expect(analyze('Cancel my subscription, I am switching to another provider').risk.churn).toBeGreaterThan(
      0.5,
    );
  });

  it('gives every detected emotion evidence from a rule or the model', () => {
    const text = 'I am so frustrated, my internet has been down for three days';
    const r = analyze(text);
    expect(r.emotions.length).toBeGreaterThan(0);
    for (const e of r.emotions.filter((x) => x.label !== 'neutral')) {
      expect(e.evidence.length, e.label).toBeGreaterThan(0);
      for (const s of e.evidence) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.source).toMatch(/^(cx|feel|cue|emoji|emoticon|model)[.:]/);
      }
    }
  });

  it('keeps scores in range and emotions strongest first', () => {
    const r = analyze('I am furious and worried, you lost my bags and nobody helps!!');
    for (const e of r.emotions) expect(CX_EMOTIONS).toContain(e.label);
    const scores = r.emotions.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const x of [...scores, r.intensity, r.risk.churn, r.risk.escalation]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    expect(r.sentiment.score).toBeGreaterThanOrEqual(-1);
    expect(r.sentiment.score).toBeLessThanOrEqual(1);
  });

  it('reads emoji-only messages and keeps floods of cues and evidence bounded', () => {
    expect(analyze('😡😡😡').emotions[0]?.label).toBe('anger');
    expect(analyze('😡😡😡').language.supported).toBe(true);
    const flood = analyze('😡 refund now!! '.repeat(2_000));
    expect(flood.cues.length).toBeLessThanOrEqual(200);
    for (const e of flood.emotions) expect(e.evidence.length).toBeLessThanOrEqual(20);
    expect(flood.risk.escalation).toBeGreaterThan(0);
  });

  it('answers plain requests as neutral', () => {
    const r = analyze('Can you send me a copy of my last invoice?');
    expect(r.sentiment.label).toBe('neutral');
    expect(r.emotions.map((e) => e.label)).toEqual(['neutral']);
  });

  it('reports other languages as unsupported, with no emotions', () => {
    for (const [text, code] of [
      ['Todavía no he recibido mi pedido y nadie me responde', 'es'],
      ["Je n'ai toujours pas reçu mon colis", 'fr'],
      ['注文した商品がまだ届いていません', 'ja'],
      ['Мой заказ не пришёл', 'ru'],
    ] as const) {
      const r = analyze(text);
      expect(r.language).toEqual({ code, supported: false });
      expect(r.emotions).toEqual([]);
      expect(r.sentiment.label).toBe('neutral');
    }
  });

  it('gives empty, huge, binary and non-string input a clear result instead of throwing', () => {
    expect(analyze('').problem?.code).toBe('empty');
    expect(analyze('   \n').problem?.code).toBe('empty');
    expect(analyze('a'.repeat(1_048_577)).problem?.code).toBe('too_large');
    expect(analyze('é'.repeat(600_000)).problem?.code).toBe('too_large');
    expect(analyze('PK\u0003\u0004\u0000\u0000binary').problem?.code).toBe('binary');
    expect(analyze(42 as unknown as string).problem?.code).toBe('not_text');
    expect(analyze(undefined as unknown as string).emotions).toEqual([]);
    for (const odd of ['???', '😡😡😡', '\uD800 lone surrogate', '[NAME]', '1234', 'a'.repeat(50_000)]) {
      expect(() => analyze(odd)).not.toThrow();
    }
  });
});

describe('createEngine', () => {
  it("adds a workspace's lexicon entries without touching other engines", () => {
    const text = 'The Zorblax portal is wobbling again';
    const acme = createEngine({
      lexicon: [
        { id: 'acme.wobble', pattern: 'zorblax ~ wobbling', emotions: { frustration: 0.9 }, sentiment: -0.7 },
      ],
    });
    const other = createEngine();
    const mine = acme.analyze(text).emotions.find((e) => e.label === 'frustration');
    expect(mine?.evidence.map((s) => s.source)).toContain('acme.wobble');
    expect(other.analyze(text).emotions.some((e) => e.evidence.some((s) => s.source === 'acme.wobble'))).toBe(
      false,
    );
    expect(analyze(text).emotions.some((e) => e.evidence.some((s) => s.source === 'acme.wobble'))).toBe(
      false,
    );
  });

  it('lets a workspace replace a default entry by id', () => {
    const quiet = createEngine({ lexicon: [{ id: 'cx.on_hold', pattern: 'on hold', emotions: {} }] });
    expect(quiet.analyze('I was put on hold').cues.map((c) => c.kind)).not.toContain('service_failure');
  });

  it('runs on rules alone without a model, and reports a broken model as data', () => {
    const rules = createEngine({ model: null });
    const r = rules.analyze('Still waiting for my refund, this is ridiculous');
    expect(r.fine).toEqual([]);
    expect(r.sentiment.label).toBe('negative');
    const broken = createEngine({
      model: { meta: { format: 'nope' } as never, weights: '' },
    });
    expect(broken.modelProblem()?.code).toBe('bad_format');
    expect(broken.scoring()).toBe('rules-only');
    expect(broken.analyze('thank you so much').sentiment.label).toBe('positive');
  });

  it('scores with WebAssembly SIMD in Node, and reads the same without WebAssembly', () => {
    expect(createEngine().scoring()).toBe('wasm-simd');
    const texts = [
      'I was charged twice and NOBODY answers!!! Third time writing. Fix it by Friday or I cancel.',
      'Thank you so much, you saved our anniversary trip 😊',
      'Is the invoice sent by email or post?',
    ];
    const withWasm = texts.map((t) => createEngine().analyze(t));
    const { WebAssembly: wasm } = globalThis as { WebAssembly?: unknown };
    try {
      // As in a browser whose Content-Security-Policy refuses WebAssembly.
      Object.defineProperty(globalThis, 'WebAssembly', { value: undefined, configurable: true });
      const plain = createEngine();
      expect(plain.scoring()).toBe('js');
      expect(texts.map((t) => plain.analyze(t))).toEqual(withWasm);
    } finally {
      Object.defineProperty(globalThis, 'WebAssembly', { value: wasm, configurable: true, writable: true });
    }
  });
});
