import type { Cue } from '@rapport/engine';
import { withKeys } from '../util/with-keys.js';
import { humanize } from './humanize.js';

/** What the words alone do not say: capitals, repeated punctuation, deadlines, threats, emoji. */
export function CueList({ cues }: { cues: readonly Cue[] }) {
  if (cues.length === 0) return <p className="muted">No cues.</p>;
  return (
    <ul className="chips" aria-label="Cues">
      {withKeys(cues, (c) => `${c.kind}-${c.start}-${c.end}`).map(({ key, item: cue }) => (
        <li key={key} className="chip">
          <strong>{humanize(cue.kind)}</strong> <q>{cue.text}</q>
        </li>
      ))}
    </ul>
  );
}
