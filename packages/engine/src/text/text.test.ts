import { describe, expect, it } from 'vitest';
import {
  checkInput,
  compilePhrase,
  detectLanguage,
  matchAt,
  negationScope,
  phraseView,
  structuralCues,
  tokenize,
} from './index.js';

describe('tokenize', () => {
  it('keeps offsets, normalises case, apostrophes and elongation', () => {
    const text = 'I’m SOOOO done!! :( 😡👍🏽 [NAME] 5pm';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const soo = tokens.find((t) => t.text === 'SOOOO')!;
    expect(soo).toMatchObject({ norm: 'soo', elongated: true, upper: true });
    expect(tokens[0]!.norm).toBe("i'm");
    expect(tokens.map((t) => t.kind)).toEqual([
      'word',
      'word',
      'word',
      'punct',
      'emoticon',
      'emoji',
      'emoji',
      'mask',
      'number',
    ]);
    expect(tokens.find((t) => t.kind === 'emoji' && t.text.startsWith('👍'))!.norm).toBe('👍');
  });

  it('does not mistake URLs for emoticons', () => {
    expect(tokenize('see https://example.com').some((t) => t.kind === 'emoticon')).toBe(false);
  });
});

describe('negationScope', () => {
  it('covers a few words after a negator and stops at punctuation or "but"', () => {
    const tokens = tokenize("not happy at all, but it's fine");
    const flags = Array.from(negationScope(tokens));
    const scoped = tokens.filter((_, i) => flags[i] === 1).map((t) => t.norm);
    expect(scoped).toEqual(['happy', 'at', 'all']);
    expect(negationScope(tokenize("I haven't received it"))[3]).toBe(1);
  });
});

describe('phrases', () => {
  const at = (pattern: string, text: string) => {
    const view = phraseView(tokenize(text));
    const p = compilePhrase(pattern);
    return view.words.map((_, i) => matchAt(p, view, i)).some((end) => end > 0);
  };
  it('matches alternatives, groups, prefixes, numbers, times and gaps', () => {
    expect(at('(no one|nobody) ~ answers', 'no one ever answers')).toBe(true);
    expect(at('(no one|nobody) ~ answers', 'nobody answers')).toBe(true);
    expect(at('refund*', 'still not refunded')).toBe(true);
    expect(at('waited # hours', 'I waited three hours')).toBe(true);
    expect(at('before @time', 'call me before 5pm')).toBe(true);
    expect(at('before @time', 'costs before 15 pounds')).toBe(false);
    expect(at('havent received', "I haven't received")).toBe(true);
    expect(at('great just great', 'great, just great')).toBe(true);
    expect(at('not ~ work', 'not bad, the headphones work')).toBe(false);
    expect(at('still waiting', 'waiting still')).toBe(false);
  });
});

describe('structuralCues', () => {
  it('finds shouting but not acronyms, repeated punctuation and elongation', () => {
    const text = 'WHY IS THIS BROKEN?? The UPS tracking is sooo slow';
    const cues = structuralCues(text, tokenize(text));
    expect(cues.map((c) => [c.kind, c.text])).toEqual([
      ['shouting', 'WHY IS THIS BROKEN'],
      ['repeated_punctuation', '??'],
      ['elongation', 'sooo'],
    ]);
    const calm = 'My PIN and the UPS ID';
    expect(structuralCues(calm, tokenize(calm))).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Where is my order? It has been two weeks.', 'en'],
    ['¿Dónde está mi pedido? Ya pasaron dos semanas y nadie responde', 'es'],
    ['Où est ma commande ? Je suis très déçu', 'fr'],
    ['Wo ist meine Bestellung? Ich warte schon seit zwei Wochen', 'de'],
    ['Dov’è il mio ordine? Non è ancora arrivato', 'it'],
    ['Onde está o meu pedido? Ainda não chegou', 'pt'],
    ['Waar is mijn bestelling? Ik wacht al twee weken', 'nl'],
    ['我的订单在哪里', 'zh'],
    ['주문이 아직 안 왔어요', 'ko'],
    ['refund???', 'en'],
  ])('%s → %s', (text, code) => {
    expect(detectLanguage(tokenize(text)).code).toBe(code);
  });
  it('calls symbols-only text undetermined', () => {
    expect(detectLanguage(tokenize('!!! ???')).code).toBe('und');
  });
});

describe('checkInput', () => {
  it('accepts ordinary text and names what is wrong with the rest', () => {
    expect(checkInput('hello')).toBeUndefined();
    expect(checkInput('')?.code).toBe('empty');
    // Blank means what String#trim removes, no more and no less.
    for (const text of [' \t\n\r', '\u3000\u00a0\ufeff\u2028', '\u200a \u202f'])
      expect(checkInput(text)?.code, JSON.stringify(text)).toBe('empty');
    for (const text of ['\u0001', '\u0085', ' x ', '\u200b'])
      expect(checkInput(text)?.code).not.toBe('empty');
    expect(checkInput(null)?.code).toBe('not_text');
    expect(checkInput('x'.repeat(1_048_576))).toBeUndefined();
    expect(checkInput('x'.repeat(1_048_577))?.code).toBe('too_large');
    expect(checkInput('\u0001\u0002\u0003'.repeat(10))?.code).toBe('binary');
  });
});
