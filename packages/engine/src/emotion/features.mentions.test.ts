import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { extractFeatures } from './features.js';

const config = { bits: 18, charMin: 3, charMax: 4, maskMentions: true };
const buckets = (text: string, c = config) => {
  const fv = extractFeatures(tokenize(text), c);
  return new Set(fv.buckets.slice(0, fv.length));
};

describe('mention masking', () => {
  it('reads every handle as the same feature, and no character n-grams of it', () => {
    expect(buckets('@NorthwindHelp thanks')).toEqual(buckets('@AcmeBank thanks'));
    expect(buckets('mail k@mailbox.example')).toEqual(buckets('mail k@inbox.example'));
  });

  it('leaves a word after a spaced "@" alone, and older models unmasked', () => {
    expect(buckets('meet @ Northwind')).not.toEqual(buckets('meet @ Acme'));
    const old = { bits: 18, charMin: 3, charMax: 4 };
    expect(buckets('@NorthwindHelp thanks', old)).not.toEqual(buckets('@AcmeBank thanks', old));
  });
});
