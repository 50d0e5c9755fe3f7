import { team } from '@rapport/engine';
import type { TeamReport } from './build-report.js';
import { barChart, trendChart } from './svg-charts.js';

/**
 * The report as one self-contained HTML page (no scripts, no external files) that prints well to
 * PDF: A4 margins, sections kept whole across pages, charts as inline SVG.
 * @example writeFileSync('team.html', renderHtml(report, { workspaceName: 'Acme' }));
 */
export function renderHtml(
  report: TeamReport,
  { workspaceName = '' }: { workspaceName?: string } = {},
): string {
  const names = new Map(report.agents.map((a) => [a.agentId, a.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const subject = report.agentId === null ? 'Team' : nameOf(report.agentId);
  const card = report.agentId === null ? report.team : (report.agents[0] ?? report.team);
  const weeks = report.agentId === null ? report.trends.team : (report.trends.agents[report.agentId] ?? []);
  const title = `${subject}: emotional intelligence, ${report.period.from} to ${report.period.to}`;

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>${STYLE}</style></head><body>
<header><h1>${esc(title)}</h1>
<p class="meta">${esc(workspaceName)} · ${card.replies} replies in ${card.conversations} conversations · figures resting on
fewer than ${report.minConversations} conversations are marked <span class="small">small sample</span> and not ranked${
    report.unscored > 0
      ? ` · <strong>${report.unscored} conversations not scored yet</strong> (run <code>rapport team score</code>)`
      : ''
  }</p></header>
<section><h2>Scorecard</h2>${scorecardTable(card, report.agentId === null ? report.team.momentsCreated : (report.agents[0]?.momentsCreated ?? 0))}
${barChart(card)}</section>
<section><h2>Assessment</h2>${assessment(report, nameOf)}</section>
${report.agentId === null ? `<section><h2>Agents</h2>${agentsTable(report)}</section>` : ''}
<section><h2>Weekly trends</h2>${weeks.length === 0 ? '<p>No scored replies in this period.</p>' : `<p class="note">Weeks starting ${esc(weeks[0]?.week ?? '')} to ${esc(weeks.at(-1)?.week ?? '')}; hollow dots rest on fewer than ${report.minConversations} conversations.</p><div class="trends">${team.METRIC_IDS.map((m) => trendChart(weeks, m)).join('')}</div>`}</section>
<section><h2>Calibration</h2>${calibration(report)}</section>
<section class="digests"><h2>Coaching digests</h2>${report.digests.length === 0 ? '<p>No digests.</p>' : report.digests.map(digest).join('')}</section>
<section><h2>How each figure is computed</h2><dl>${team.METRIC_IDS.map(
    (m) => `<dt>${esc(team.METRIC_INFO[m].label)}</dt><dd>${esc(team.METRIC_INFO[m].definition)}</dd>`,
  ).join('')}</dl></section>
</body></html>
`;
}

function scorecardTable(card: team.Scorecard, moments: number): string {
  const rows = team.METRIC_IDS.map((m) => {
    const f = card.metrics[m];
    const goal = f.goal === null ? '—' : pct(f.goal);
    const status =
      f.meetsGoal === null
        ? ''
        : f.meetsGoal
          ? '<span class="ok">met</span>'
          : '<span class="no">below</span>';
    return `<tr><th>${esc(team.METRIC_INFO[m].label)}</th><td>${figure(f)}</td><td>${f.hits} / ${f.applicable}</td><td>${f.conversations}</td><td>${goal} ${status}</td></tr>`;
  }).join('');
  return `<table><thead><tr><th>Metric</th><th>Rate</th><th>Replies</th><th>Conversations</th><th>Goal</th></tr></thead><tbody>${rows}
<tr><th>Mean reply score</th><td>${card.meanScore === null ? '—' : Math.round(card.meanScore)}</td><td>${card.replies}</td><td>${card.conversations}</td><td></td></tr>
<tr><th>Moments created</th><td>${moments}</td><td colspan="3" class="note">moments sent after this person approved them in the review queue</td></tr></tbody></table>`;
}

function agentsTable(report: TeamReport): string {
  const head = team.METRIC_IDS.map((m) => `<th>${esc(team.METRIC_INFO[m].label)}</th>`).join('');
  const rows = report.agents
    .map((a) => {
      const cells = team.METRIC_IDS.map((m) => {
        const f = a.metrics[m];
        const rank = f.rank === null ? '' : ` <span class="rank">#${f.rank}</span>`;
        return `<td>${figure(f)}${rank}</td>`;
      }).join('');
      return `<tr><th>${esc(a.name)}</th><td>${a.conversations}</td>${cells}</tr>`;
    })
    .join('');
  return `<table class="agents"><thead><tr><th>Agent</th><th>Conv.</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function assessment(report: TeamReport, nameOf: (id: string) => string): string {
  const a = report.assessment;
  const item = (m: team.AssessedMetric) =>
    `<li><strong>${esc(team.METRIC_INFO[m.metric].label)}</strong>: ${pct(m.value)} against a target of ${pct(m.target)} (${m.conversations} conversations)</li>`;
  const training = a.training
    .map((t) => {
      const where =
        t.scenarios.length > 0
          ? t.scenarios.map((s) => `${esc(s.title)} <code>${esc(s.id)}</code>`).join(', ')
          : `role-play with ${t.themes.map((th) => esc(th.replace('_', ' '))).join(' or ')} customers`;
      const who =
        t.agents.length === 0
          ? 'no one with enough conversations falls short'
          : t.agents
              .map((g) => `${esc(nameOf(g.agentId))} (${pct(g.value)}, ${g.missesAvoided} misses to gain)`)
              .join(', ');
      return `<li><strong>${esc(team.METRIC_INFO[t.metric].label)}</strong>: ${where}. Gains most: ${who}.</li>`;
    })
    .join('');
  return `<div class="cols"><div><h3>Strengths</h3><ul>${a.strengths.map(item).join('') || '<li>None yet above target.</li>'}</ul></div>
<div><h3>Most worth improving</h3><ul>${a.improve.map(item).join('') || '<li>Not enough conversations to judge.</li>'}</ul></div></div>
<h3>Training</h3><ul>${training || '<li>Nothing to recommend yet.</li>'}</ul>${
    a.notJudged.length > 0
      ? `<p class="note">Not judged (too few conversations): ${a.notJudged.map((m) => esc(team.METRIC_INFO[m].label)).join(', ')}.</p>`
      : ''
  }`;
}

function calibration(report: TeamReport): string {
  const c = report.calibration;
  if (c.overall.compared === 0)
    return '<p>No lead has reviewed a conversation of this period yet (<code>rapport team review</code>).</p>';
  const rows = team.METRIC_IDS.filter((m) => c.byMetric[m].compared > 0)
    .map((m) => {
      const x = c.byMetric[m];
      return `<tr><th>${esc(team.METRIC_INFO[m].label)}</th><td>${pct(x.rate ?? 0)}</td><td>${x.agreed} / ${x.compared}</td></tr>`;
    })
    .join('');
  return `<p>Automatic scores agree with leads’ reviews <strong>${pct(c.overall.rate ?? 0)}</strong> of the time (${c.overall.agreed} of ${c.overall.compared} verdicts, ${c.conversations} conversations reviewed).</p>
<table><thead><tr><th>Metric</th><th>Agreement</th><th>Verdicts</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function digest(d: TeamReport['digests'][number]): string {
  const quote = (label: string, who: string, text: string) =>
    `<p class="label">${label}</p><blockquote class="${who}">${esc(text)}</blockquote>`;
  const best = d.best
    ? `<h4>Best moment (score ${d.best.score})</h4>${quote('Customer', 'customer', d.best.customerQuote)}${quote(esc(d.name), 'agent', d.best.quote)}`
    : '<p>No scored replies in this period.</p>';
  const missed = d.missed
    ? `<h4>Missed opportunity (score ${d.missed.score}; missed ${d.missed.missedMetrics.map((m) => esc(team.METRIC_INFO[m].label.toLowerCase())).join(', ')})</h4>${quote('Customer', 'customer', d.missed.customerQuote)}${quote(esc(d.name), 'agent', d.missed.quote)}${quote(`Suggested rewrite (score ${d.missed.rewrite.score})`, 'rewrite', d.missed.rewrite.text)}`
    : '<p>No missed opportunity found in this period.</p>';
  return `<article><h3>${esc(d.name)}</h3>${best}${missed}</article>`;
}

function figure(f: team.MetricFigure): string {
  if (f.value === null) return '<span class="none">—</span>';
  const cls = f.smallSample ? ' class="small" title="small sample: not ranked"' : '';
  return `<span${cls}>${pct(f.value)}</span> <span class="n">n=${f.conversations}</span>`;
}

export const pct = (value: number) => `${Math.round(value * 100)}%`;

export function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430; margin: 0 auto; max-width: 190mm; padding: 12px; }
h1 { font-size: 17pt; margin: 0 0 4px; } h2 { font-size: 13pt; border-bottom: 2px solid #d9dee7; padding-bottom: 3px; margin-top: 22px; }
h3 { font-size: 11pt; margin: 12px 0 4px; } h4 { font-size: 10pt; margin: 10px 0 4px; }
.meta, .note { color: #5a6473; font-size: 9pt; }
section { break-inside: avoid-page; } article { break-inside: avoid; border-top: 1px solid #e6e9ef; padding-top: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 6px 0; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid #e6e9ef; vertical-align: top; }
table.agents { font-size: 7.5pt; table-layout: fixed; } table.agents th, table.agents td { padding: 2px 3px; }
.small { color: #8a93a3; font-style: italic; } .n { color: #8a93a3; font-size: 8pt; } .rank { color: #3b6fd4; font-size: 8pt; }
.ok { color: #1f7a3f; font-weight: 600; } .no { color: #b4441f; font-weight: 600; } .none { color: #aab; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.trends { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
.trends figure { margin: 0; } .trends figcaption { font-size: 8pt; color: #5a6473; }
blockquote { margin: 2px 0 6px; padding: 4px 10px; border-left: 3px solid #c9d1dd; background: #f6f8fb; white-space: pre-wrap; }
blockquote.agent { border-color: #3b6fd4; } blockquote.rewrite { border-color: #1f7a3f; background: #f1f8f3; }
.label { margin: 4px 0 0; font-size: 8pt; color: #5a6473; text-transform: uppercase; letter-spacing: .04em; }
svg text { font: 8pt system-ui, sans-serif; fill: #3a4352; }
@media print { body { padding: 0; } a { color: inherit; text-decoration: none; } * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;
