/**
 * Writes the sample of public posts (`generateSamplePosts`, seed 2026, 600 posts) as CSV and JSON
 * Lines beside this file, for trying `rapport reviews import` on realistic data:
 *   node --conditions=source --import tsx packages/server/src/reviews/sample/write-sample.ts
 * The answer key (each post's planted theme) is not written: the files look like real exports.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSamplePosts } from '@rapport/engine';

const posts = generateSamplePosts({ seed: 2026, count: 600 });
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const header = ['id', 'source', 'author', 'rating', 'date', 'text', 'url', 'reach'];
const csv = [
  header.join(','),
  ...posts.map((p) =>
    [p.id, p.source, p.author, p.rating, p.postedAt, p.text, p.url, p.reach].map(cell).join(','),
  ),
];
writeFileSync(here('sample-posts.csv'), `${csv.join('\n')}\n`);
writeFileSync(
  here('sample-posts.jsonl'),
  posts
    .map((p) =>
      JSON.stringify({
        id: p.id,
        source: p.source,
        author: p.author,
        rating: p.rating,
        date: p.postedAt,
        text: p.text,
        url: p.url,
        reach: p.reach,
      }),
    )
    .join('\n') + '\n',
);
process.stdout.write(`wrote ${posts.length} posts to sample-posts.csv and sample-posts.jsonl\n`);
