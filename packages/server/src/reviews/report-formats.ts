import type { ReviewReport } from './build-report.js';

/** The formats `rapport reviews report` writes. */
export const REPORT_FORMATS = ['json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The priority list as CSV (RFC 4180), one post per row with its reason and public reply draft,
 * for a spreadsheet or a ticket import.
 */
export function reportToCsv(report: ReviewReport): string {
  const header = [
    'rank',
    'score',
    'level',
    'source',
    'posted_at',
    'author',
    'rating',
    'reach',
    'emotion',
    'reason',
    'why',
    'text',
    'url',
    'public_reply_draft',
  ];
  const rows = report.priorities.map((p, i) => [
    i + 1,
    p.score,
    p.level,
    p.source,
    p.postedAt,
    p.author ?? '',
    p.rating ?? '',
    p.reach ?? '',
    p.emotion,
    p.reason ?? '',
    p.why.join('; '),
    p.text,
    p.url ?? '',
    p.draft.text,
  ]);
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: customer text must stay text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A self-contained printable page: totals, reasons with their trend, emotions, the priority list. */
export function reportToHtml(report: ReviewReport): string {
  const { totals } = report;
  const periods = report.reasonTrend.periods;
  const reasonRows = report.reasons
    .map((r) => {
      const counts = report.reasonTrend.series.find((s) => s.key === r.id)?.counts ?? [];
      return `<tr><td>${esc(r.name)}</td><td>${esc(r.keyPhrases.join(', '))}</td><td class="n">${r.count}</td><td class="n">${Math.round(r.share * 100)}%</td><td>${bars(counts)}</td></tr>`;
    })
    .join('\n');
  const emotionRows = report.emotionTrend.series
    .filter((s) => s.total > 0)
    .map((s) => `<tr><td>${esc(s.key)}</td><td class="n">${s.total}</td><td>${bars(s.counts)}</td></tr>`)
    .join('\n');
  const priorityRows = report.priorities
    .map(
      (p, i) =>
        `<tr><td class="n">${i + 1}</td><td class="n">${p.score}<br><small>${p.level}</small></td><td>${esc(p.source)}<br><small>${esc(p.postedAt.slice(0, 10))}${p.rating === null ? '' : ` · ${p.rating}★`}</small></td><td>${esc(p.text)}<br><small>${esc(p.why.join(' · '))}</small></td><td>${esc(p.reason ?? '')}</td><td>${esc(p.draft.text)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Voice of the customer</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1f2933}table{border-collapse:collapse;width:100%;margin:0 0 2rem}
th,td{border-bottom:1px solid #d9e2ec;padding:.4rem .5rem;text-align:left;vertical-align:top}.n{text-align:right}
.bar{display:inline-block;width:10px;margin-right:2px;background:#3e7cb1;vertical-align:bottom}small{color:#52606d}
</style></head><body>
<h1>Voice of the customer</h1>
<p>${totals.posts} posts, ${totals.complaints} complaints · ${totals.bySentiment.negative} negative, ${totals.bySentiment.neutral} neutral, ${totals.bySentiment.positive} positive${totals.meanRating === null ? '' : ` · mean rating ${totals.meanRating}★`} · periods ${esc(periods[0] ?? '-')} to ${esc(periods[periods.length - 1] ?? '-')} (${report.period})</p>
<h2>Complaint reasons</h2>
<p><small>Found by grouping similar complaints (k = ${report.reasonSelection.k}, chosen by silhouette).</small></p>
<table><thead><tr><th>Reason</th><th>Key phrases</th><th class="n">Posts</th><th class="n">Share</th><th>By ${report.period}</th></tr></thead><tbody>
${reasonRows}
</tbody></table>
<h2>Emotions over time</h2>
<table><thead><tr><th>Emotion</th><th class="n">Posts</th><th>By ${report.period}</th></tr></thead><tbody>
${emotionRows}
</tbody></table>
<h2>Answer first</h2>
<table><thead><tr><th>#</th><th class="n">Priority</th><th>Where</th><th>Post</th><th>Reason</th><th>Public reply draft</th></tr></thead><tbody>
${priorityRows}
</tbody></table>
</body></html>
`;
}

function bars(counts: readonly number[]): string {
  const max = Math.max(1, ...counts);
  return counts
    .map((c) => `<span class="bar" title="${c}" style="height:${Math.round((c / max) * 24) + 1}px"></span>`)
    .join('');
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
