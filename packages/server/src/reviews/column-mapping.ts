/** The fields of a public post, as an import reads them. */
export const POST_FIELDS = ['id', 'source', 'author', 'rating', 'date', 'text', 'url', 'reach'] as const;
export type PostField = (typeof POST_FIELDS)[number];

/**
 * The column names each field is read from, compared without case, spaces, dashes or underscores,
 * so `Review Text`, `review_text` and `reviewText` are one name. These cover the exports of the
 * common review sites and social tools; anything else is mapped with `--map field=Column`.
 */
export const COLUMN_ALIASES: Readonly<Record<PostField, readonly string[]>> = {
  id: ['id', 'review id', 'post id', 'tweet id', 'external id', 'reference id'],
  source: ['source', 'platform', 'site', 'channel', 'network'],
  author: [
    'author',
    'user',
    'username',
    'user name',
    'screen name',
    'handle',
    'reviewer',
    'reviewer name',
    'name',
    'consumer name',
  ],
  rating: ['rating', 'stars', 'star rating', 'score', 'review rating'],
  date: ['date', 'created at', 'posted at', 'published at', 'review date', 'timestamp', 'time', 'created'],
  text: [
    'text',
    'body',
    'content',
    'review',
    'review text',
    'review body',
    'comment',
    'message',
    'tweet',
    'full text',
  ],
  url: ['url', 'link', 'permalink', 'review url', 'post url'],
  reach: ['reach', 'followers', 'follower count', 'followers count', 'audience', 'views', 'impressions'],
};

/** Which column (as written in the file) feeds each field; absent fields are not in the file. */
export type ColumnMapping = Partial<Record<PostField, string>>;

const fold = (name: string) => name.toLowerCase().replace(/[\s_\-.]+/g, '');

/**
 * Finds each field's column among the file's column names. Explicit `overrides` win; they must
 * name a column that exists. Throws naming the missing field when there is no text or date column.
 * @example resolveColumns(['Review Text', 'Stars', 'Date']) // { text: 'Review Text', rating: 'Stars', date: 'Date' }
 */
export function resolveColumns(columns: readonly string[], overrides: ColumnMapping = {}): ColumnMapping {
  const byFolded = new Map<string, string>();
  for (const column of columns) if (!byFolded.has(fold(column))) byFolded.set(fold(column), column);
  const mapping: ColumnMapping = {};
  for (const field of POST_FIELDS) {
    const override = overrides[field];
    if (override !== undefined) {
      const column = byFolded.get(fold(override));
      if (!column) {
        throw new ColumnError(
          `--map ${field}=${override}: the file has no column "${override}" (it has: ${columns.join(', ')})`,
        );
      }
      mapping[field] = column;
      continue;
    }
    const found = COLUMN_ALIASES[field]
      .map((alias) => byFolded.get(fold(alias)))
      .find((c) => c !== undefined);
    if (found) mapping[field] = found;
  }
  for (const required of ['text', 'date'] as const) {
    if (!mapping[required]) {
      throw new ColumnError(
        `no ${required} column: expected one of ${COLUMN_ALIASES[required].join(', ')} (or --map ${required}=YourColumn); the file has: ${columns.join(', ')}`,
      );
    }
  }
  return mapping;
}

/**
 * Reads `field=Column` pairs (the CLI's `--map`) into a mapping; an unknown field is an error.
 * @example parseMappingPairs(['text=Review Body']) // { text: 'Review Body' }
 */
export function parseMappingPairs(pairs: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at).trim() as PostField;
    if (at <= 0 || !POST_FIELDS.includes(field) || pair.slice(at + 1).trim() === '') {
      throw new ColumnError(`--map ${pair}: write field=Column, with field one of ${POST_FIELDS.join(', ')}`);
    }
    mapping[field] = pair.slice(at + 1).trim();
  }
  return mapping;
}

/** The file's columns cannot be read as posts: nothing is imported. */
export class ColumnError extends Error {
  override name = 'ColumnError';
}
