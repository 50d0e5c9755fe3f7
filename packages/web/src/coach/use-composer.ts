import { useState } from 'react';
import type { WebEngine } from '../engine/types.js';
import type { CoachFields } from './coach-fields.js';

export interface Composer {
  available: boolean;
  /** "Compose a reply", or "Another version (2 of 3)" while a composed draft is untouched. */
  label: string;
  compose(): void;
  /** Puts back what the agent had written before composing. */
  undo(): void;
  canUndo: boolean;
  /** The agent edited the draft: it is theirs now, so composing starts afresh. */
  release(): void;
}

interface Composed {
  before: string;
  versions: string[];
  index: number;
}

/**
 * Drives the composer: the first press fills the draft, further presses cycle through the
 * alternatives (which share no sentence with it), and undo restores the agent's own words.
 */
export function useComposer(
  compose: WebEngine['compose'],
  fields: CoachFields,
  onChange: (patch: Partial<CoachFields>) => void,
): Composer {
  const [composed, setComposed] = useState<Composed | null>(null);
  const showing = composed !== null && fields.draft === composed.versions[composed.index];
  const next = showing ? (composed.index + 1) % composed.versions.length : 0;

  return {
    available: compose !== null,
    label: showing ? `Another version (${next + 1} of ${composed.versions.length})` : 'Compose a reply',
    canUndo: composed !== null,
    compose: () => {
      if (!compose) return;
      if (showing) {
        setComposed({ ...composed, index: next });
        onChange({ draft: composed.versions[next] });
        return;
      }
      const name = fields.customerName.trim();
      const versions = compose({ customer: fields.customer, ...(name ? { customerName: name } : {}) });
      if (versions.length === 0) return;
      setComposed({ before: fields.draft, versions, index: 0 });
      onChange({ draft: versions[0] });
    },
    undo: () => {
      if (!composed) return;
      onChange({ draft: composed.before });
      setComposed(null);
    },
    release: () => setComposed(null),
  };
}
