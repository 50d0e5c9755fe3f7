import { team } from '@rapport/engine';

/** Horizontal bars, one per metric, with the goal as a tick: the scorecard at a glance. */
export function barChart(card: team.Scorecard): string {
  const rowHeight = 18;
  const labelWidth = 130;
  const width = 520;
  const barWidth = width - labelWidth - 50;
  const rows = team.METRIC_IDS.map((m, i) => {
    const f = card.metrics[m];
    const y = i * rowHeight;
    const w = f.value === null ? 0 : Math.round(f.value * barWidth);
    const fill = f.smallSample ? '#c3cad6' : f.meetsGoal === false ? '#e08a5b' : '#5b8def';
    const goal =
      f.goal === null
        ? ''
        : `<line x1="${labelWidth + f.goal * barWidth}" x2="${labelWidth + f.goal * barWidth}" y1="${y + 1}" y2="${y + rowHeight - 3}" stroke="#1d2430" stroke-width="2"/>`;
    const value = f.value === null ? '—' : `${Math.round(f.value * 100)}%`;
    return `<text x="0" y="${y + 12}">${team.METRIC_INFO[m].label}</text><rect x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="${rowHeight - 7}" fill="#eef1f6"/><rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 7}" fill="${fill}"/>${goal}<text x="${labelWidth + barWidth + 6}" y="${y + 12}">${value}</text>`;
  }).join('');
  const height = team.METRIC_IDS.length * rowHeight;
  return `<svg role="img" aria-label="Scorecard chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows}</svg>`;
}

/** A small line chart of one metric over the weeks, with dots hollow where the sample is small. */
export function trendChart(weeks: readonly team.Scorecard[], metric: team.MetricId): string {
  const width = 160;
  const height = 70;
  const pad = 6;
  const points = weeks
    .map((w, i) => ({ i, f: w.metrics[metric] }))
    .filter((p) => p.f.value !== null)
    .map((p) => ({
      x: weeks.length === 1 ? width / 2 : pad + (p.i * (width - 2 * pad)) / (weeks.length - 1),
      y: pad + (1 - (p.f.value ?? 0)) * (height - 2 * pad),
      small: p.f.smallSample,
    }));
  const line = points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const dots = points
    .map(
      (p) =>
        `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="2.5" fill="${p.small ? '#fff' : '#3b6fd4'}" stroke="#3b6fd4"/>`,
    )
    .join('');
  return `<figure><svg role="img" aria-label="${team.METRIC_INFO[metric].label} by week" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#f6f8fb"/><polyline points="${line}" fill="none" stroke="#3b6fd4" stroke-width="1.5"/>${dots}</svg><figcaption>${team.METRIC_INFO[metric].label}</figcaption></figure>`;
}
