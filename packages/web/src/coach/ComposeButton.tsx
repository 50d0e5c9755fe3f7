import type { Composer } from './use-composer.js';

interface Props {
  composer: Composer;
  customer: string;
}

/** Fills the draft with a reply composed for this customer; the coach then reviews it like any draft. */
export function ComposeButton({ composer, customer }: Props) {
  if (!composer.available) return null;
  const ready = customer.trim() !== '';
  return (
    <>
      <button
        type="button"
        onClick={composer.compose}
        disabled={!ready}
        title={ready ? 'Draft a reply that fits how this customer feels' : 'Add the customer message first'}
      >
        {composer.label}
      </button>
      {composer.canUndo && (
        <button type="button" className="link" onClick={composer.undo}>
          Undo compose
        </button>
      )}
    </>
  );
}
