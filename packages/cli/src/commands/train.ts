import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CORPORA,
  type CorpusExample,
  createEngine,
  DEFAULT_TRAIN_OPTIONS,
  evaluateTransfer,
  type Groupings,
  modelModuleSource,
  trainModelFile,
} from '@rapport/engine';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { UsageError } from '../usage-error.js';
import { corpusList, type LoadedCorpus, loadCorpus } from './train-corpora.js';

// src/commands/ and dist/commands/ both sit four levels below the repository root.
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/data');
export const DEFAULT_OWN_DATA_DIR = resolve(REPO_ROOT, 'packages/engine/data');
export const DEFAULT_MODEL_FILE = resolve(REPO_ROOT, 'packages/engine/model/goemotions.ts');

interface TrainFlags {
  data: string;
  own: string;
  corpora: string;
  holdout?: string;
  out: string;
  seed: string;
  epochs: string;
  bits: string;
  ratioMix: string;
  signals: boolean;
}

function positiveInt(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new UsageError(`--${name} must be an integer 0..${max}`);
  return n;
}

function unitInterval(name: string, value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1)
    throw new UsageError(`--${name} must be a number from 0 to 1`);
  return x;
}

const pct = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(3));

/**
 * `rapport train`: trains the emotion model on every corpus it finds (GoEmotions, TweetEval,
 * EmoBank, XED and the project's own customer messages), each with its partial labels and weight;
 * tunes thresholds on their dev splits together, writes the model module and prints each corpus'
 * held-out figures. `--holdout C` trains without corpus C and scores it (the transfer figure).
 * Same data and seed give the same bytes.
 * @example rapport train --holdout customer-messages --out /tmp/model.ts
 */
export function trainCommand(ctx: CliContext): Command {
  return new Command('train')
    .description('train the emotion model on every labelled corpus (thresholds on their dev splits)')
    .option('--data <dir>', 'shared corpora folder (goemotions/, tweeteval-sentiment/, …)', DEFAULT_DATA_DIR)
    .option('--own <dir>', "the project's own corpora folder (customer-messages/)", DEFAULT_OWN_DATA_DIR)
    .option('--corpora <list>', 'comma-separated corpus ids, or all', 'all')
    .option('--holdout <corpus>', 'leave this corpus out of training and report how the model reads it')
    .option('--out <file>', 'model module to write', DEFAULT_MODEL_FILE)
    .option('--seed <n>', 'random seed', String(DEFAULT_TRAIN_OPTIONS.seed))
    .option('--epochs <n>', 'training epochs (the best on dev is kept)', String(DEFAULT_TRAIN_OPTIONS.epochs))
    .option('--bits <n>', 'log2 of hash buckets', String(DEFAULT_TRAIN_OPTIONS.features.bits))
    .option(
      '--signals',
      "also feed the customer-service layer's signals to the model (no gain held out so far, 10% slower)",
      false,
    )
    .option(
      '--ratio-mix <x>',
      'NBSVM step scaling, 0 (plain) to 1 (full log-count ratios)',
      String(DEFAULT_TRAIN_OPTIONS.labelRatios?.mix ?? 0),
    )
    .action((flags: TrainFlags) => {
      const ids = corpusList(flags.corpora);
      const holdout = flags.holdout === undefined ? undefined : corpusList(flags.holdout);
      if (holdout !== undefined && holdout.length !== 1) throw new RangeError('--holdout takes one corpus');
      const groupings = JSON.parse(
        readFileSync(resolve(flags.data, 'goemotions', 'mappings.json'), 'utf8'),
      ) as Groupings;
      const homes = { shared: flags.data, engine: flags.own };
      const loaded: LoadedCorpus[] = [...new Set([...ids, ...(holdout ?? [])])].map((id) =>
        loadCorpus(CORPORA[id], homes, groupings),
      );
      const trainSet: CorpusExample[] = [];
      const devSet: CorpusExample[] = [];
      const devByCorpus: CorpusExample[][] = [];
      const used: string[] = [];
      for (const l of loaded) {
        if ('missing' in l) {
          ctx.stderr.write(`corpus ${l.corpus.id}: ${l.missing} not found, skipped\n`);
          continue;
        }
        const held = holdout?.[0] === l.corpus.id;
        const { train: t, dev: d, evaluation: e, skipped } = l.splits;
        ctx.stderr.write(
          `corpus ${l.corpus.id}: ${t.length} train / ${d.length} dev / ${e.length} ${l.corpus.evaluationSplit}, weight ${l.corpus.weight}${skipped > 0 ? `, skipped ${skipped} malformed lines` : ''}${held ? ' — held out' : ''}\n`,
        );
        if (held) continue;
        trainSet.push(...t);
        devSet.push(...d);
        devByCorpus.push(d);
        used.push(`${l.corpus.id} (${t.length})`);
      }
      if (trainSet.length === 0) throw new RangeError('no corpus to train on');
      const seed = positiveInt('seed', flags.seed, 2 ** 31);
      const options = {
        ...DEFAULT_TRAIN_OPTIONS,
        seed,
        epochs: Math.max(1, positiveInt('epochs', flags.epochs, 100)),
        features: {
          ...DEFAULT_TRAIN_OPTIONS.features,
          bits: positiveInt('bits', flags.bits, 22),
          signals: flags.signals,
        },
        labelRatios: {
          alpha: 1,
          cap: 6,
          ...DEFAULT_TRAIN_OPTIONS.labelRatios,
          mix: unitInterval('ratio-mix', flags.ratioMix),
        },
      };
      ctx.stderr.write(`training on ${trainSet.length} examples, tuning on ${devSet.length}\n`);
      const started = performance.now();
      const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
      const { file, model } = trainModelFile(trainSet, devSet, groupings, {
        data: `${used.join(', ')}; thresholds on their dev splits (${devSet.length})`,
        devByCorpus,
        options: {
          ...options,
          onEpoch: (epoch, dev) =>
            ctx.stderr.write(
              `epoch ${epoch}: dev macro-F1 fine ${dev.fine.toFixed(3)} ekman ${dev.ekman.toFixed(3)} sentiment ${dev.sentiment.toFixed(3)} (${seconds()} s)\n`,
            ),
          onStack: (dev) =>
            ctx.stderr.write(
              `second layer (${options.stack?.folds} folds): dev macro-F1 fine ${dev.fine.toFixed(3)} ekman ${dev.ekman.toFixed(3)} sentiment ${dev.sentiment.toFixed(3)} (${seconds()} s)\n`,
            ),
        },
      });
      const source = modelModuleSource(file);
      writeFileSync(flags.out, source);
      ctx.stdout.write(
        `wrote ${flags.out} (${(source.length / 1e6).toFixed(1)} MB), epoch ${model.epochs}, int8 dev macro-F1 (all dev splits): fine ${file.meta.training.dev.fine.toFixed(3)}, ekman ${file.meta.training.dev.ekman.toFixed(3)}, sentiment ${file.meta.training.dev.sentiment.toFixed(3)}; sentiment cut ${file.meta.sentimentCut ?? 'default'}\n`,
      );
      // Each corpus read by the model just written (through analyze(), lexicon and rules included).
      const engine = createEngine({ model: file });
      for (const l of loaded) {
        if ('missing' in l) continue;
        const figures = evaluateTransfer(l.corpus, l.splits.evaluation, engine.analyze, groupings);
        const how = holdout?.[0] === l.corpus.id ? 'held out' : 'trained on';
        ctx.stdout.write(
          `${l.corpus.id} (${how}, ${l.corpus.evaluationSplit}): sentiment macro-F1 ${pct(figures.sentiment?.macroF1)}, emotions macro-F1 ${pct(figures.emotions?.macroF1)}\n`,
        );
      }
    });
}
