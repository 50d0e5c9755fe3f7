import { useEffect, useState } from 'react';

/**
 * The value as it was `delayMs` after it last changed: coaching runs when the agent pauses, not on
 * every keystroke of a fast typist.
 *
 * @example
 * const settled = useDebounced(draft, 150);
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
