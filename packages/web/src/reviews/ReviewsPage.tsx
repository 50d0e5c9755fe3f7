import './reviews.css';
import { useEffect, useState } from 'react';
import { fetchReviewReport, type ReviewPeriod, type ReviewReport } from './fetch-review-report.js';
import { PriorityList } from './PriorityList.js';
import { EmotionTrendChart, ReasonTrendChart } from './TrendCharts.js';

// One function for the page's life: a new one each render would re-run the effect, for ever.
const browserFetch: typeof fetch = (input, init) => window.fetch(input, init);

type Load =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'done'; report: ReviewReport };

/**
 * Voice of the customer: what public reviews and posts feel, the complaint reasons found in them
 * over time, and the posts to answer first with a public reply draft for each.
 */
export function ReviewsPage({ fetchFn = browserFetch }: { fetchFn?: typeof fetch }) {
  const [period, setPeriod] = useState<ReviewPeriod>('month');
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    fetchReviewReport(fetchFn, { period, top: 20 }).then(
      (report) => live && setLoad({ status: 'done', report }),
      (err: unknown) =>
        live && setLoad({ status: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [fetchFn, period]);

  return (
    <section className="page reviews" aria-labelledby="reviews-title">
      <h2 id="reviews-title">Voice of the customer</h2>
      <fieldset className="period-choice">
        <legend>Group by</legend>
        {(['week', 'month'] as const).map((p) => (
          <label key={p}>
            <input
              type="radio"
              name="period"
              value={p}
              checked={period === p}
              onChange={() => setPeriod(p)}
            />{' '}
            {p}
          </label>
        ))}
      </fieldset>
      {load.status === 'loading' && <p role="status">Reading the reviews…</p>}
      {load.status === 'failed' && <p role="alert">Could not load the report: {load.message}</p>}
      {load.status === 'done' && <Report report={load.report} />}
    </section>
  );
}

function Report({ report }: { report: ReviewReport }) {
  const { totals } = report;
  if (totals.posts === 0) {
    return (
      <p>
        No reviews or posts yet. Import some with <code>rapport reviews import reviews.csv</code> or{' '}
        <code>POST api/reviews/import?format=csv</code>.
      </p>
    );
  }
  // Two phrases name a line better than one ("late, delivery date" rather than "late").
  const names = Object.fromEntries(
    report.reasons.map((r) => [r.id, r.keyPhrases.slice(0, 2).join(', ') || r.name]),
  );
  return (
    <>
      <p className="summary" data-testid="reviews-summary">
        {totals.posts} posts · {totals.complaints} complaints · {totals.bySentiment.negative} negative,{' '}
        {totals.bySentiment.neutral} neutral, {totals.bySentiment.positive} positive
        {totals.meanRating !== null && ` · mean rating ${totals.meanRating}★`}
      </p>
      <div className="reviews-charts">
        <EmotionTrendChart trend={report.emotionTrend} />
        <ReasonTrendChart trend={report.reasonTrend} names={names} />
      </div>
      <h3>Complaint reasons</h3>
      <p className="muted">
        Found by grouping similar complaints in this workspace's own posts; each is named by the phrases that
        set it apart.
      </p>
      <table className="reasons-table">
        <thead>
          <tr>
            <th scope="col">Reason</th>
            <th scope="col">Key phrases</th>
            <th scope="col">Posts</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {report.reasons.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.keyPhrases.join(', ')}</td>
              <td>{r.count}</td>
              <td>{Math.round(r.share * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Answer first</h3>
      <PriorityList entries={report.priorities} />
    </>
  );
}
