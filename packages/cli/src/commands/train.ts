import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_TRAIN_OPTIONS,
  type Groupings,
  modelModuleSource,
  parseGoEmotionsTsv,
  quantize,
  retuneQuantized,
  train,
} from '@rapport/engine';
import { Command } from 'commander';
import type { CliContext } from '../context.js';

// src/commands/ and dist/commands/ both sit four levels below the repository root.
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/data/goemotions');
export const DEFAULT_MODEL_FILE = resolve(REPO_ROOT, 'packages/engine/model/goemotions.ts');

interface TrainFlags {
  data: string;
  out: string;
  seed: string;
  epochs: string;
  bits: string;
  ratioMix: string;
}

function positiveInt(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new RangeError(`--${name} must be an integer 0..${max}`);
  return n;
}

function unitInterval(name: string, value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1)
    throw new RangeError(`--${name} must be a number from 0 to 1`);
  return x;
}

/**
 * `rapport train`: trains the emotion model from GoEmotions train.tsv, tunes thresholds on
 * dev.tsv and writes the model module. Same data and seed give the same bytes.
 * @example rapport train --data ../shared/data/goemotions --out packages/engine/model/goemotions.ts
 */
export function trainCommand(ctx: CliContext): Command {
  return new Command('train')
    .description('train the emotion model from GoEmotions (train.tsv, thresholds on dev.tsv)')
    .option('--data <dir>', 'folder with train.tsv, dev.tsv and mappings.json', DEFAULT_DATA_DIR)
    .option('--out <file>', 'model module to write', DEFAULT_MODEL_FILE)
    .option('--seed <n>', 'random seed', String(DEFAULT_TRAIN_OPTIONS.seed))
    .option('--epochs <n>', 'training epochs (the best on dev is kept)', String(DEFAULT_TRAIN_OPTIONS.epochs))
    .option('--bits <n>', 'log2 of hash buckets', String(DEFAULT_TRAIN_OPTIONS.features.bits))
    .option(
      '--ratio-mix <x>',
      'NBSVM step scaling, 0 (plain) to 1 (full log-count ratios)',
      String(DEFAULT_TRAIN_OPTIONS.labelRatios?.mix ?? 0),
    )
    .action((flags: TrainFlags) => {
      const read = (name: string) => readFileSync(resolve(flags.data, name), 'utf8');
      const trainSet = parseGoEmotionsTsv(read('train.tsv'));
      const devSet = parseGoEmotionsTsv(read('dev.tsv'));
      const groupings = JSON.parse(read('mappings.json')) as Groupings;
      const skipped = trainSet.problems.length + devSet.problems.length;
      if (skipped > 0) ctx.stderr.write(`skipped ${skipped} malformed lines\n`);
      const seed = positiveInt('seed', flags.seed, 2 ** 31);
      const options = {
        ...DEFAULT_TRAIN_OPTIONS,
        seed,
        epochs: Math.max(1, positiveInt('epochs', flags.epochs, 100)),
        features: { ...DEFAULT_TRAIN_OPTIONS.features, bits: positiveInt('bits', flags.bits, 22) },
        labelRatios: {
          alpha: 1,
          cap: 6,
          ...DEFAULT_TRAIN_OPTIONS.labelRatios,
          mix: unitInterval('ratio-mix', flags.ratioMix),
        },
      };
      ctx.stderr.write(
        `training on ${trainSet.examples.length} examples, tuning on ${devSet.examples.length}\n`,
      );
      const started = performance.now();
      const model = train(trainSet.examples, devSet.examples, groupings, {
        ...options,
        onEpoch: (epoch, dev) =>
          ctx.stderr.write(
            `epoch ${epoch}: dev macro-F1 fine ${dev.fine.toFixed(3)} ekman ${dev.ekman.toFixed(3)} sentiment ${dev.sentiment.toFixed(3)} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
          ),
        onStack: (dev) =>
          ctx.stderr.write(
            `second layer (${options.stack?.folds} folds): dev macro-F1 fine ${dev.fine.toFixed(3)} ekman ${dev.ekman.toFixed(3)} sentiment ${dev.sentiment.toFixed(3)} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
          ),
      });
      const file = retuneQuantized(
        quantize(model, {
          data: `GoEmotions train (${trainSet.examples.length}), thresholds on dev (${devSet.examples.length})`,
          seed,
        }),
        devSet.examples,
        groupings,
      );
      const source = modelModuleSource(file);
      writeFileSync(flags.out, source);
      ctx.stdout.write(
        `wrote ${flags.out} (${(source.length / 1e6).toFixed(1)} MB), epoch ${model.epochs}, int8 dev macro-F1: fine ${file.meta.training.dev.fine.toFixed(3)}, ekman ${file.meta.training.dev.ekman.toFixed(3)}, sentiment ${file.meta.training.dev.sentiment.toFixed(3)}\n`,
      );
    });
}
