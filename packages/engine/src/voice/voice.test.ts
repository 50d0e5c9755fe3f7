import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../emotion/index.js';
import {
  buildVoiceReport,
  findPersonalData,
  generateSamplePosts,
  PUBLIC_POST_LEXICON,
  periodOf,
  priorityOf,
  reasonText,
  type SampleTheme,
  stripPersonalData,
  trendOf,
} from './index.js';

const engine = createEngine({ lexicon: PUBLIC_POST_LEXICON });
const sample = generateSamplePosts({ seed: 2026, count: 600 });
const posts = sample.map((p) => ({ ...p, analysis: engine.analyze(p.text) }));
const report = buildVoiceReport(posts, { period: 'month', top: 600 });
const themeOf = new Map(sample.map((p) => [p.id, p.theme]));

// What a person would call each planted theme, as words that should show in its reason's name.
const THEME_WORDS: Record<Exclude<SampleTheme, 'praise' | 'question'>, RegExp> = {
  late_delivery: /late|delivery|date|slot|express/,
  rude_staff: /rude|staff|agent|dismissive|shout/,
  billing: /charg|bill|fee|card|price/,
  lost_items: /lost|missing|parcel|box|arrived/,
  app_crash: /app|crash|freez|update|screen/,
  refund: /refund|money back|return/,
};

function majority(memberIds: string[]): { theme: SampleTheme; share: number } {
  const counts = new Map<SampleTheme, number>();
  for (const id of memberIds) counts.set(themeOf.get(id)!, (counts.get(themeOf.get(id)!) ?? 0) + 1);
  const [theme, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return { theme, share: count / memberIds.length };
}

describe('voice report on the sample', () => {
  it('finds the complaints: almost every planted complaint, almost no praise', () => {
    const complaintIds = new Set(Object.values(report.reasons).flatMap((r) => r.memberIds));
    const planted = sample.filter((p) => p.theme !== 'praise' && p.theme !== 'question');
    const found = planted.filter((p) => complaintIds.has(p.id)).length;
    expect(found / planted.length).toBeGreaterThan(0.95);
    const praise = sample.filter((p) => p.theme === 'praise' && complaintIds.has(p.id)).length;
    expect(praise).toBeLessThan(5);
  });

  it('discovers reasons that match the planted themes, named in their words', () => {
    let pure = 0;
    let total = 0;
    const covered = new Set<string>();
    for (const reason of report.reasons) {
      const { theme, share } = majority(reason.memberIds);
      pure += share * reason.count;
      total += reason.count;
      if (theme in THEME_WORDS && share >= 0.6) {
        // A reason that is mostly one theme is named by that theme's words.
        expect(reason.keyPhrases.join(' | ')).toMatch(THEME_WORDS[theme as keyof typeof THEME_WORDS]);
        covered.add(theme);
      }
    }
    expect(pure / total).toBeGreaterThan(0.72);
    expect([...covered].sort()).toEqual(Object.keys(THEME_WORDS).sort());
  });

  it('shows the planted wave of app crashes in September and October', () => {
    const crash = report.reasons.find((r) => majority(r.memberIds).theme === 'app_crash')!;
    const series = report.reasonTrend.series.find((s) => s.key === crash.id)!;
    const at = (month: string) => series.counts[report.reasonTrend.periods.indexOf(month)] ?? 0;
    expect(report.reasonTrend.periods).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(at('2026-09') + at('2026-10')).toBeGreaterThan(3 * (at('2026-06') + at('2026-07')));
  });

  it('ranks posts that threaten to go public or leave above plain complaints, and praise last', () => {
    const rank = new Map(report.priorities.map((p, i) => [p.id, i]));
    const mean = (ids: string[]) => ids.reduce((s, id) => s + rank.get(id)!, 0) / ids.length;
    const escalating = sample.filter((p) => p.escalates).map((p) => p.id);
    const plain = sample.filter((p) => !p.escalates && p.theme !== 'praise' && p.theme !== 'question');
    const praise = sample.filter((p) => p.theme === 'praise').map((p) => p.id);
    expect(mean(escalating)).toBeLessThan(mean(plain.map((p) => p.id)));
    expect(mean(plain.map((p) => p.id))).toBeLessThan(mean(praise));
    expect(report.priorities.slice(0, 20).every((p) => themeOf.get(p.id) !== 'praise')).toBe(true);
  });
});

describe('priorityOf', () => {
  const of = (text: string, rating: number | null = null, reach: number | null = null) =>
    priorityOf({ analysis: engine.analyze(text), rating, reach });

  it('orders hand-checked posts the way a person would', () => {
    const legal = of(
      'Charged twice and no refund after a month. I will take legal action and tell everyone.',
      1,
    );
    const angry = of('Absolutely furious, my parcel is lost and nobody answers the phone!!', 1);
    const mild = of('Delivery was a day late, a bit annoying.', 3);
    const praise = of('Lovely staff and quick delivery, thank you!', 5);
    const question = of('Do you deliver on Sundays?');
    expect(legal.score).toBeGreaterThan(angry.score);
    expect(angry.score).toBeGreaterThan(mild.score);
    expect(mild.score).toBeGreaterThan(praise.score);
    expect(question.level).toBe('low');
    expect(praise.level).toBe('low');
    expect(legal.factors.map((f) => f.id)).toEqual(
      expect.arrayContaining(['legal', 'public_escalation', 'low_rating']),
    );
  });

  it('moves the same words up with a larger audience, and explains each point', () => {
    const text = 'Rude driver threw my parcel over the fence. Never ordering again.';
    const small = of(text, null, 40);
    const large = of(text, null, 80_000);
    expect(large.score).toBeGreaterThan(small.score);
    expect(large.factors.find((f) => f.id === 'reach')?.detail).toBe('reach 80,000');
    expect(large.factors.reduce((s, f) => s + f.points, 0)).toBeCloseTo(large.score, 0);
  });

  it('reads public escalation the default lexicon misses', () => {
    const text = 'Telling all my friends about this, posting it everywhere.';
    expect(analyze(text).cues.some((c) => c.kind === 'threat_to_go_public')).toBe(false);
    expect(of(text).factors.some((f) => f.id === 'public_escalation')).toBe(true);
  });
});

describe('personal data', () => {
  it('finds and strips e-mail addresses, phone numbers and order numbers', () => {
    const text =
      'Order #A12-99341 (ref NW-558201), call 07700 900123 or +44 20 7946 0958, mail jo.b@example.com, order 48213977.';
    expect(findPersonalData(text).map((f) => f.kind)).toEqual(
      expect.arrayContaining(['order_number', 'phone', 'email']),
    );
    const stripped = stripPersonalData(text);
    expect(findPersonalData(stripped)).toEqual([]);
    expect(stripped).not.toMatch(/\d{4}|@/);
  });

  it('leaves ordinary numbers alone', () => {
    expect(findPersonalData('I waited 3 days and paid £45 for 2 items in 2026')).toEqual([]);
  });
});

describe('reasonText and trends', () => {
  it('drops threats from the text that reasons are found in', () => {
    const text =
      'My parcel is lost. I will never order from you again. Going to report you to trading standards.';
    expect(reasonText(text, analyze(text))).toBe('My parcel is lost.');
    expect(
      reasonText('I will never order from you again.', analyze('I will never order from you again.')),
    ).toBe('I will never order from you again.');
  });

  it('buckets by ISO week and month, filling empty periods with zeros', () => {
    expect(periodOf('2026-09-14T10:00:00Z', 'week')).toBe('2026-W38');
    expect(periodOf('2027-01-01T00:00:00Z', 'week')).toBe('2026-W53');
    expect(periodOf('2026-09-30T23:30:00-02:00', 'month')).toBe('2026-10');
    const trend = trendOf(
      [
        { date: '2026-06-03', keys: ['refund'] },
        { date: '2026-08-20', keys: ['refund', 'late'] },
        { date: 'not a date', keys: ['refund'] },
      ],
      'month',
    );
    expect(trend.periods).toEqual(['2026-06', '2026-07', '2026-08']);
    expect(trend.series).toEqual([
      { key: 'refund', counts: [1, 0, 1], total: 2 },
      { key: 'late', counts: [0, 0, 1], total: 1 },
    ]);
  });
});
