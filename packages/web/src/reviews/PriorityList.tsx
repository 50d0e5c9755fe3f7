import { useState } from 'react';
import type { PriorityView as Entry } from './fetch-review-report.js';

/** The posts to answer first, most urgent at the top, each with why and a public reply draft. */
export function PriorityList({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return <p className="muted">No posts yet.</p>;
  return (
    <ol className="priority-list" aria-label="Posts to answer first">
      {entries.map((entry) => (
        <PriorityItem key={entry.id} entry={entry} />
      ))}
    </ol>
  );
}

function PriorityItem({ entry }: { entry: Entry }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(entry.draft.text).then(() => setCopied(true));
  };
  return (
    <li className={`card priority priority-${entry.level}`}>
      <p className="priority-head">
        <span className={`badge priority-badge priority-${entry.level}`}>
          {entry.level} · {entry.score}
        </span>{' '}
        <strong>{entry.source}</strong>
        <span className="muted">
          {' '}
          · {entry.postedAt.slice(0, 10)}
          {entry.rating !== null && ` · ${entry.rating}★`}
          {entry.reach !== null && ` · reach ${entry.reach.toLocaleString('en')}`}
          {entry.reason && ` · ${entry.reason}`}
        </span>
      </p>
      <blockquote className="priority-text">
        {entry.url ? (
          <a href={entry.url} rel="noreferrer noopener" target="_blank">
            {entry.text}
          </a>
        ) : (
          entry.text
        )}
      </blockquote>
      {entry.why.length > 0 && <p className="muted priority-why">Why: {entry.why.join(' · ')}</p>}
      <div className="priority-draft">
        <p>
          <strong>Public reply draft</strong>{' '}
          <span className="muted">(coach score {entry.draft.coachScore})</span>
        </p>
        <p className="draft-text">{entry.draft.text}</p>
        <button type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy draft'}
        </button>
      </div>
    </li>
  );
}
