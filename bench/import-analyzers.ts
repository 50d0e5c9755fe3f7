import { type Analysis, analyze } from '@rapport/engine';

export { analyze };

const EMPTY: Analysis = {
  sentiment: { label: 'neutral', score: 0 },
  emotions: [],
  fine: [],
  intensity: 0,
  cues: [],
  risk: { escalation: 0, churn: 0, reasons: [] },
  language: { code: 'und', supported: false },
};

/** The baseline's analyser: returns at once, so the run measures reading and writing alone. */
export function emptyAnalysisForBench(): Analysis {
  return EMPTY;
}
