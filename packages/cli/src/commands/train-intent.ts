import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  BANKING77_INTENTS,
  CLINC150_INTENTS,
  CUSTOMER_MESSAGE_FILES,
  customerIntentExamples,
  DEFAULT_INTENT_TRAIN_OPTIONS,
  type IntentCorpus,
  type IntentExample,
  type IntentSplit,
  intentFigures,
  intentModelSource,
  intentOf,
  keywordIntent,
  loadIntentModel,
  readIntentTsv,
  trainIntentModel,
} from '@rapport/engine';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { UsageError } from '../usage-error.js';
import { DEFAULT_DATA_DIR, DEFAULT_OWN_DATA_DIR, REPO_ROOT } from './train.js';
import { seedAndEpochs } from './train-coach.js';

export const DEFAULT_INTENT_MODEL_FILE = resolve(REPO_ROOT, 'packages/engine/model/intent.ts');

interface TrainIntentFlags {
  data: string;
  own: string;
  out: string;
  seed: string;
  epochs: string;
}

const PUBLIC: ReadonlyArray<{
  corpus: IntentCorpus;
  map: Readonly<Record<string, string | null>>;
  splits: IntentSplit[];
}> = [
  { corpus: 'banking77', map: BANKING77_INTENTS, splits: ['train', 'test'] },
  { corpus: 'clinc150', map: CLINC150_INTENTS, splits: ['train', 'dev', 'test'] },
];

/** Every intent-labelled text found: the public corpora through their maps, and our own messages. */
export function loadIntentExamples(data: string, own: string, log: (line: string) => void): IntentExample[] {
  const examples: IntentExample[] = [];
  for (const { corpus, map, splits } of PUBLIC) {
    for (const split of splits) {
      const file = resolve(data, corpus, `${split}.tsv`);
      if (!existsSync(file)) {
        log(`${corpus}/${split}.tsv: not found, left out`);
        continue;
      }
      const read = readIntentTsv(readFileSync(file, 'utf8'), map as never, corpus, split);
      if (read.unmapped.length > 0)
        log(`${corpus}: labels with no mapping, skipped: ${read.unmapped.join(', ')}`);
      log(`${corpus}/${split}: ${read.examples.length} texts (${read.left} not support messages, left out)`);
      examples.push(...read.examples);
    }
  }
  const files = new Map<string, string>();
  for (const name of CUSTOMER_MESSAGE_FILES) {
    const file = resolve(own, 'customer-messages', name);
    if (existsSync(file)) files.set(name, readFileSync(file, 'utf8'));
  }
  const ours = customerIntentExamples(files);
  const count = (s: IntentSplit) => ours.filter((e) => e.split === s).length;
  log(`customer-messages: ${count('train')} train / ${count('dev')} dev / ${count('test')} held back`);
  examples.push(...ours);
  return examples;
}

/** The compose check set, written by another hand: a second held-out reading of our register. */
export function loadComposeEval(own: string): Array<{ text: string; intent: IntentExample['intent'] }> {
  const file = resolve(own, 'compose-eval', 'test.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { text: string; intent: IntentExample['intent'] });
}

/** `rapport train-intent`: trains the intent reader, writes its module, prints held-out figures. */
export function trainIntentCommand(ctx: CliContext): Command {
  return new Command('train-intent')
    .description(
      'train the intent reader (refund, where is my order, …) on banking77, clinc150 and our messages',
    )
    .option('--data <dir>', 'shared corpora folder (banking77/, clinc150/)', DEFAULT_DATA_DIR)
    .option('--own <dir>', "the project's own corpora folder (customer-messages/)", DEFAULT_OWN_DATA_DIR)
    .option('--out <file>', 'model module to write', DEFAULT_INTENT_MODEL_FILE)
    .option('--seed <n>', 'random seed', String(DEFAULT_INTENT_TRAIN_OPTIONS.seed))
    .option(
      '--epochs <n>',
      'most epochs tried (the best on dev is kept)',
      String(DEFAULT_INTENT_TRAIN_OPTIONS.epochs),
    )
    .action((flags: TrainIntentFlags) => {
      const { seed, epochs } = seedAndEpochs(flags);
      const log = (line: string) => ctx.stderr.write(`${line}\n`);
      const examples = loadIntentExamples(flags.data, flags.own, log);
      if (!examples.some((e) => e.split === 'train' && e.corpus === 'customer-messages'))
        throw new UsageError(
          `no labelled customer messages under ${resolve(flags.own, 'customer-messages')}`,
        );
      const options = { ...DEFAULT_INTENT_TRAIN_OPTIONS, seed, epochs };
      const used = [...new Set(examples.map((e) => e.corpus))];
      log(`weights per text: ${used.map((c) => `${c} ${options.weights[c]}`).join(', ')}`);
      const training = trainIntentModel(examples, options, used.join(' + '), (e, macro) =>
        log(`epoch ${e}: dev macro-F1 (our messages) ${macro.toFixed(3)}`),
      );
      const source = intentModelSource(training.file);
      writeFileSync(flags.out, source);
      ctx.stdout.write(
        `wrote ${flags.out} (${(source.length / 1e3).toFixed(0)} kB), ${training.epochs} epochs\n`,
      );
      const model = loadIntentModel(training.file);
      const sets: Array<[string, ReadonlyArray<{ text: string; intent: IntentExample['intent'] }>]> = [
        [
          'customer-messages held-back fifth',
          examples.filter((e) => e.corpus === 'customer-messages' && e.split === 'test'),
        ],
        ['compose-eval test (another writer)', loadComposeEval(flags.own)],
        ['banking77 test (mapped)', examples.filter((e) => e.corpus === 'banking77' && e.split === 'test')],
        ['clinc150 test (mapped)', examples.filter((e) => e.corpus === 'clinc150' && e.split === 'test')],
      ];
      const rows = sets
        .filter(([, set]) => set.length > 0)
        .map(([name, set]) => {
          const keywords = intentFigures(set, keywordIntent).macroF1;
          const learned = intentFigures(set, (t) => intentOf(model, t)).macroF1;
          return `${name.padEnd(36)} ${String(set.length).padStart(5)}   ${keywords.toFixed(3)}    ${learned.toFixed(3)}`;
        });
      ctx.stdout.write(
        `${'held-out set'.padEnd(36)} texts   keywords  model (macro-F1)\n${rows.join('\n')}\n`,
      );
    });
}
