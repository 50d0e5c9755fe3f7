import { createPrng, type Prng } from '../../compose/prng.js';
import {
  COMPLAINT_ADDONS,
  COMPLAINT_CORES,
  COMPLAINT_OPENERS,
  type ComplaintTheme,
  ESCALATIONS,
  PERSONAL_DETAILS,
  type SampleTheme,
  SLOTS,
} from './complaints.js';
import { PRAISE_ADDONS, PRAISE_CORES, QUESTION_CORES } from './praise.js';

/** Where a sample post was written. */
export type SampleSource = 'app_store' | 'google' | 'trustpilot' | 'x';

/** One generated post, with the theme it was written from (the answer key for tests). */
export interface SamplePost {
  id: string;
  source: SampleSource;
  author: string;
  /** 1..5 stars on review sites; null on X. */
  rating: number | null;
  postedAt: string;
  text: string;
  url: string | null;
  /** Followers of the author on X; null elsewhere. */
  reach: number | null;
  theme: SampleTheme;
  /** True when the post threatens to leave, go public or take legal action. */
  escalates: boolean;
  /** True when the post contains an e-mail, phone or order number. */
  hasPersonalData: boolean;
}

export interface SampleOptions {
  seed?: number;
  count?: number;
}

const THEME_WEIGHTS: ReadonlyArray<readonly [SampleTheme, number]> = [
  ['late_delivery', 14],
  ['rude_staff', 10],
  ['billing', 10],
  ['lost_items', 10],
  ['app_crash', 10],
  ['refund', 10],
  ['praise', 20],
  ['question', 6],
];
const FIRST = [
  'Ann',
  'Ben',
  'Chloe',
  'Dev',
  'Ella',
  'Femi',
  'Grace',
  'Hugo',
  'Isla',
  'Jon',
  'Kemi',
  'Liam',
  'Maya',
  'Nina',
  'Omar',
  'Priya',
  'Ravi',
  'Sara',
  'Tom',
  'Zoe',
];
const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 5, 1); // 1 June 2026
const SPAN_DAYS = 172; // to 20 November 2026
// A bad app release on 14 September: most crash reports cluster in the month after it.
const CRASH_WAVE_START = Date.UTC(2026, 8, 14);

/**
 * A realistic sample of public reviews and social posts about a fictional retailer, generated from
 * hand-written fragments by a seeded generator: the same seed always gives the same posts.
 * @example generateSamplePosts({ seed: 1, count: 600 }).filter((p) => p.theme === 'refund')
 */
export function generateSamplePosts({ seed = 2026, count = 600 }: SampleOptions = {}): SamplePost[] {
  const rng = createPrng(seed);
  const posts: SamplePost[] = [];
  for (let n = 0; n < count; n++) posts.push(onePost(rng, n));
  return posts.sort((a, b) => (a.postedAt < b.postedAt ? -1 : a.postedAt > b.postedAt ? 1 : 0));
}

function onePost(rng: Prng, n: number): SamplePost {
  const theme = weighted(rng, THEME_WEIGHTS);
  const source = pickSource(rng, theme);
  const escalates = theme !== 'praise' && theme !== 'question' && rng.next() < 0.2;
  const hasPersonalData = theme !== 'question' && rng.next() < (theme === 'praise' ? 0.04 : 0.14);
  const parts: string[] = [];
  if (theme === 'praise') {
    parts.push(fill(rng, pick(rng, PRAISE_CORES)), pick(rng, PRAISE_ADDONS));
  } else if (theme === 'question') {
    parts.push(fill(rng, pick(rng, QUESTION_CORES)));
  } else {
    parts.push(pick(rng, COMPLAINT_OPENERS), fill(rng, pick(rng, COMPLAINT_CORES[theme])));
    // Real complaints wander: some mention a second problem, most add a general grievance.
    if (rng.next() < 0.1) parts.push(fill(rng, pick(rng, COMPLAINT_CORES[otherTheme(rng, theme)])));
    parts.push(fill(rng, pick(rng, COMPLAINT_ADDONS)));
    if (escalates) parts.push(pick(rng, ESCALATIONS));
  }
  if (hasPersonalData) parts.splice(1 + rng.int(parts.length), 0, pick(rng, PERSONAL_DETAILS));
  let text = parts.filter((p) => p !== '').join(' ');
  if (source === 'x') text = tweetStyle(rng, text, theme);
  const first = pick(rng, FIRST);
  const author =
    source === 'x'
      ? `@${first.toLowerCase()}_${100 + rng.int(900)}`
      : `${first} ${String.fromCharCode(65 + rng.int(26))}.`;
  const id = `${source}-${(10_000 + n).toString(36)}`;
  return {
    id,
    source,
    author,
    rating: source === 'x' ? null : ratingFor(rng, theme),
    postedAt: new Date(postedAt(rng, theme)).toISOString(),
    text,
    url: urlFor(source, author, id),
    reach: source === 'x' ? followers(rng) : null,
    theme,
    escalates,
    hasPersonalData,
  };
}

function pick<T>(rng: Prng, items: readonly T[]): T {
  return items[rng.int(items.length)] as T;
}

function weighted<T>(rng: Prng, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [value, w] of table) {
    roll -= w;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

function fill(rng: Prng, template: string): string {
  const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => pick(rng, SLOTS[slot] ?? [slot]));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function otherTheme(rng: Prng, theme: ComplaintTheme): ComplaintTheme {
  const others = (Object.keys(COMPLAINT_CORES) as ComplaintTheme[]).filter((t) => t !== theme);
  return pick(rng, others);
}

function pickSource(rng: Prng, theme: SampleTheme): SampleSource {
  if (theme === 'app_crash')
    return weighted(rng, [
      ['app_store', 5],
      ['x', 3],
      ['trustpilot', 1],
      ['google', 1],
    ]);
  if (theme === 'question')
    return weighted(rng, [
      ['x', 4],
      ['google', 1],
    ]);
  return weighted(rng, [
    ['app_store', 1],
    ['google', 3],
    ['trustpilot', 3],
    ['x', 3],
  ]);
}

function ratingFor(rng: Prng, theme: SampleTheme): number {
  if (theme === 'praise') return rng.next() < 0.75 ? 5 : 4;
  if (theme === 'question') return 3 + rng.int(2);
  return rng.next() < 0.7 ? 1 : rng.next() < 0.8 ? 2 : 3;
}

function postedAt(rng: Prng, theme: SampleTheme): number {
  const offset = Math.floor(rng.next() * 86_400) * 1000;
  if (theme === 'app_crash' && rng.next() < 0.75) return CRASH_WAVE_START + rng.int(31) * DAY_MS + offset;
  return START + rng.int(SPAN_DAYS) * DAY_MS + offset;
}

function tweetStyle(rng: Prng, text: string, theme: SampleTheme): string {
  const mention = rng.next() < 0.6 ? '@NorthwindHelp ' : '';
  const tags =
    theme === 'praise'
      ? ['', '#happycustomer']
      : theme === 'question'
        ? ['']
        : ['', '', '#fail', '#customerservice', '#neveragain'];
  const body = rng.next() < 0.3 ? text.toLowerCase() : text;
  return `${mention}${body} ${pick(rng, tags)}`.trim();
}

function urlFor(source: SampleSource, author: string, id: string): string | null {
  if (source === 'x') return `https://x.example/${author.slice(1)}/status/${id}`;
  if (source === 'trustpilot') return `https://reviews.example/northwind/${id}`;
  return null;
}

function followers(rng: Prng): number {
  // Heavy-tailed, like real audiences: most have a few hundred, a few have tens of thousands.
  return Math.round(20 * Math.exp(rng.next() * rng.next() * 9));
}
