/** How long the in-browser engine took, shown small so speed claims can be checked by anyone. */
export function Timing({ verb, ms }: { verb: string; ms: number }) {
  return (
    <p className="timing muted" data-testid="timing">
      {verb} in your browser in {ms < 1 ? ms.toFixed(2) : ms.toFixed(1)} ms
    </p>
  );
}
