import { createHash } from 'node:crypto';
import type { ColumnMapping, PostField } from './column-mapping.js';

/** A post read from a file, checked, before analysis. */
export interface ImportedPost {
  source: string;
  externalKey: string;
  author: string | null;
  rating: number | null;
  postedAt: string;
  text: string;
  url: string | null;
  reach: number | null;
}

/** Why one record was not imported: the field at fault and what was wrong with it. */
export interface FieldProblem {
  field: PostField;
  message: string;
}

const MAX_TEXT = 100_000;

/**
 * Reads one record through the column mapping. Every problem names its field; the record is
 * either a whole valid post or a list of problems, never half of one.
 * @example toPost({ Review: 'Late again', Date: '2026-09-01' }, { text: 'Review', date: 'Date' }, 'google')
 */
export function toPost(
  record: Record<string, unknown>,
  mapping: ColumnMapping,
  defaultSource?: string,
): { ok: true; post: ImportedPost } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const raw = (field: PostField): string | undefined => {
    const column = mapping[field];
    if (column === undefined) return undefined;
    const value = record[column];
    if (value === null || value === undefined) return undefined;
    const text =
      typeof value === 'string'
        ? value.trim()
        : typeof value === 'number'
          ? String(value)
          : JSON.stringify(value);
    return text === '' ? undefined : text;
  };
  const fail = (field: PostField, message: string) => {
    problems.push({ field, message });
    return null;
  };

  const text = raw('text');
  if (text === undefined) fail('text', 'is empty');
  else if (text.length > MAX_TEXT) fail('text', `is longer than ${MAX_TEXT} characters`);
  else if (text.includes('\u0000')) fail('text', 'contains the NUL character');

  const source = raw('source') ?? defaultSource;
  if (source === undefined) fail('source', 'is empty and no default source was given (--source)');
  else if (source.length > 100) fail('source', 'is longer than 100 characters');

  const dateText = raw('date');
  const postedAt = dateText === undefined ? fail('date', 'is empty') : readDate(dateText);
  if (dateText !== undefined && postedAt === null) {
    fail('date', `"${clip(dateText)}" is not a date: write YYYY-MM-DD or an ISO 8601 date-time`);
  }

  const ratingText = raw('rating');
  let rating: number | null = null;
  if (ratingText !== undefined) {
    const value = Number(ratingText.replace(/\s*(?:\/\s*5|stars?)$/i, ''));
    if (Number.isInteger(value) && value >= 1 && value <= 5) rating = value;
    else fail('rating', `"${clip(ratingText)}" is not a whole number of stars from 1 to 5`);
  }

  const reachText = raw('reach');
  let reach: number | null = null;
  if (reachText !== undefined) {
    const value = Number(reachText.replace(/[,_\s]/g, ''));
    if (Number.isInteger(value) && value >= 0 && value <= 2_000_000_000) reach = value;
    else fail('reach', `"${clip(reachText)}" is not a whole number of people`);
  }

  const url = raw('url') ?? null;
  if (url !== null && !/^https?:\/\/\S+$/i.test(url)) fail('url', `"${clip(url)}" is not an http(s) link`);

  const id = raw('id');
  if (id !== undefined && id.length > 200) fail('id', 'is longer than 200 characters');
  const author = raw('author') ?? null;
  if (author !== null && author.length > 300) fail('author', 'is longer than 300 characters');

  if (problems.length > 0 || text === undefined || source === undefined || !postedAt)
    return { ok: false, problems };
  return {
    ok: true,
    post: {
      source,
      externalKey: externalKey({ id, url, author, postedAt, text }),
      author,
      rating,
      postedAt,
      text,
      url,
      reach,
    },
  };
}

/**
 * What makes a post the same post the next time it is imported: the source's id, else its link,
 * else a hash of who wrote what when (a post with no id or link cannot be edited at its source).
 */
function externalKey(p: {
  id: string | undefined;
  url: string | null;
  author: string | null;
  postedAt: string;
  text: string;
}) {
  if (p.id !== undefined) return `id:${p.id}`;
  if (p.url !== null) return `url:${p.url}`;
  const hash = createHash('sha256')
    .update(`${p.author ?? ''}\u0000${p.postedAt}\u0000${p.text}`)
    .digest('hex');
  return `sha256:${hash.slice(0, 32)}`;
}

// Dates without a zone are read as UTC, so the same file imports the same way on any server.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function readDate(text: string): string | null {
  let candidate: string;
  if (DATE_ONLY.test(text)) candidate = `${text}T00:00:00Z`;
  else {
    const match = DATE_TIME.exec(text);
    if (!match) return null;
    candidate = text.replace(' ', 'T') + (match[1] ? '' : 'Z');
  }
  const ms = Date.parse(candidate);
  if (Number.isNaN(ms)) return null;
  const iso = new Date(ms).toISOString();
  // Date.parse rolls 2026-02-30 over to March; a day that does not exist is a typo, not a date.
  if (DATE_ONLY.test(text) && iso.slice(0, 10) !== text) return null;
  return iso;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
