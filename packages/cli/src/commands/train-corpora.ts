import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_IDS, type Corpus, type CorpusId, type CorpusSplits, type Groupings } from '@rapport/engine';

/** Where the corpora live: the shared data folder and the engine's own data folder. */
export interface CorpusHomes {
  shared: string;
  engine: string;
}

/** A corpus read from disk, or why it was not. */
export type LoadedCorpus = { corpus: Corpus; splits: CorpusSplits } | { corpus: Corpus; missing: string };

/** The corpus ids of a `--corpora` list ("all" or comma-separated), checked. */
export function corpusList(value: string): CorpusId[] {
  if (value.trim() === 'all') return [...CORPUS_IDS];
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const id of ids)
    if (!(CORPUS_IDS as readonly string[]).includes(id))
      throw new RangeError(`unknown corpus "${id}"; known: ${CORPUS_IDS.join(', ')}`);
  return ids as CorpusId[];
}

/** Reads one corpus' files; a corpus with a file missing is reported, not read. */
export function loadCorpus(corpus: Corpus, homes: CorpusHomes, groupings: Groupings): LoadedCorpus {
  const folder = resolve(corpus.home === 'shared' ? homes.shared : homes.engine, corpus.folder);
  const files = new Map<string, string>();
  for (const name of corpus.files) {
    const path = resolve(folder, name);
    if (!existsSync(path)) return { corpus, missing: path };
    files.set(name, readFileSync(path, 'utf8'));
  }
  const optional = corpus.optionalFiles ?? [];
  for (const name of optional) {
    const path = resolve(folder, name);
    if (existsSync(path)) files.set(name, readFileSync(path, 'utf8'));
  }
  if (optional.length > 0 && files.size === 0) return { corpus, missing: resolve(folder, optional[0]!) };
  return { corpus, splits: corpus.read(files, groupings) };
}
