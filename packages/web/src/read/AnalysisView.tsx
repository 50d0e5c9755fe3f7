import type { Analysis } from '@rapport/engine';
import { HighlightedText } from '../highlight/HighlightedText.js';
import { marksFor } from './analysis-marks.js';
import { CueList } from './CueList.js';
import { EmotionList } from './EmotionList.js';
import { FineEmotions } from './FineEmotions.js';
import { RiskPanel } from './RiskPanel.js';
import { SentimentPanel } from './SentimentPanel.js';

/** Everything one analysis found, laid out for an agent who has a few seconds to look. */
export function AnalysisView({ text, analysis }: { text: string; analysis: Analysis }) {
  return (
    <div className="analysis">
      <h3>Evidence</h3>
      <HighlightedText
        text={text}
        marks={marksFor(analysis)}
        label="Customer message with evidence highlighted"
      />
      <div className="panels">
        <section aria-labelledby="emotions-h">
          <h3 id="emotions-h">Emotions</h3>
          <EmotionList emotions={analysis.emotions} />
        </section>
        <section aria-labelledby="sentiment-h">
          <h3 id="sentiment-h">Sentiment</h3>
          <SentimentPanel analysis={analysis} />
        </section>
        <section aria-labelledby="cues-h">
          <h3 id="cues-h">Cues</h3>
          <CueList cues={analysis.cues} />
        </section>
        <section aria-labelledby="risk-h">
          <h3 id="risk-h">Risk</h3>
          <RiskPanel risk={analysis.risk} />
        </section>
      </div>
      <FineEmotions fine={analysis.fine} />
    </div>
  );
}
