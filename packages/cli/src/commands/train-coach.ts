import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type AgentSentence,
  coachAgreement,
  createEngine,
  DEFAULT_COACH_TRAIN_OPTIONS,
  type LabelAgreement,
  loadTechniqueModel,
  parseAgentSentences,
  splitAgentSentences,
  techniqueModelSource,
  trainTechniqueModel,
} from '@rapport/engine';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { UsageError } from '../usage-error.js';
import { DEFAULT_OWN_DATA_DIR, REPO_ROOT } from './train.js';

export const DEFAULT_COACH_MODEL_FILE = resolve(REPO_ROOT, 'packages/engine/model/coach-techniques.ts');

interface TrainCoachFlags {
  own: string;
  out: string;
  seed: string;
  epochs: string;
}

const twoDecimals = (x: number) => x.toFixed(2);

/** A table of per-technique agreement, rules alone beside rules + model, for a terminal. */
export function agreementTable(rules: readonly LabelAgreement[], both: readonly LabelAgreement[]): string {
  const rows = rules.map((r, i) => {
    const b = both[i]!;
    return `${r.label.padEnd(13)} ${String(r.gold).padStart(4)}   ${twoDecimals(r.precision)} ${twoDecimals(r.recall)} ${twoDecimals(r.f1)}   ${twoDecimals(b.precision)} ${twoDecimals(b.recall)} ${twoDecimals(b.f1)}`;
  });
  return [`technique     gold   rules: P    R    F1     rules + model: P    R    F1`, ...rows].join('\n');
}

/** `--seed` and `--epochs` of a training verb, checked: a clear error names the flag. */
export function seedAndEpochs(flags: { seed: string; epochs: string }): { seed: number; epochs: number } {
  const seed = Number(flags.seed);
  const epochs = Number(flags.epochs);
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError('--seed must be a whole number ≥ 0');
  if (!Number.isInteger(epochs) || epochs < 1 || epochs > 100)
    throw new UsageError('--epochs must be 1..100');
  return { seed, epochs };
}

/** Every labelled sentence under `<own>/agent-sentences/`, split by reply per file. */
export function loadAgentSentences(
  own: string,
  log: (line: string) => void,
): Record<'train' | 'test', AgentSentence[]> {
  const dir = resolve(own, 'agent-sentences');
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort();
  } catch {
    throw new UsageError(`no agent-sentences folder at ${dir}`);
  }
  const out = { train: [] as AgentSentence[], test: [] as AgentSentence[] };
  for (const f of files) {
    const { sentences, problems } = parseAgentSentences(f, readFileSync(resolve(dir, f), 'utf8'));
    for (const p of problems.slice(0, 5)) log(`${p.file}:${p.line}: ${p.message}, skipped`);
    const split = splitAgentSentences(sentences);
    log(
      `${f}: ${split.train.length} train / ${split.test.length} held back${problems.length > 0 ? `, ${problems.length} malformed lines skipped` : ''}`,
    );
    out.train.push(...split.train);
    out.test.push(...split.test);
  }
  if (out.train.length === 0) throw new UsageError(`no labelled sentences in ${dir}`);
  return out;
}

/**
 * `rapport train-coach`: trains the coach's sentence model on the project's agent-sentences
 * corpus (epochs and thresholds by cross-validation over whole replies), writes the model module,
 * and prints agreement on the held-back fifth: rules alone beside rules + model.
 * @example rapport train-coach --out /tmp/coach-model.ts
 */
export function trainCoachCommand(ctx: CliContext): Command {
  return new Command('train-coach')
    .description("train the coach's technique detector on the labelled agent sentences")
    .option('--own <dir>', "the project's own corpora folder (agent-sentences/)", DEFAULT_OWN_DATA_DIR)
    .option('--out <file>', 'model module to write', DEFAULT_COACH_MODEL_FILE)
    .option('--seed <n>', 'random seed', String(DEFAULT_COACH_TRAIN_OPTIONS.seed))
    .option(
      '--epochs <n>',
      'most epochs tried (the best cross-validated count is kept)',
      String(DEFAULT_COACH_TRAIN_OPTIONS.epochs),
    )
    .action((flags: TrainCoachFlags) => {
      const { seed, epochs } = seedAndEpochs(flags);
      const log = (line: string) => ctx.stderr.write(`${line}\n`);
      const { train, test } = loadAgentSentences(flags.own, log);
      const options = { ...DEFAULT_COACH_TRAIN_OPTIONS, seed, epochs };
      const training = trainTechniqueModel(
        train,
        options,
        `agent-sentences (${train.length} sentences)`,
        (e, macro) => log(`epoch ${e}: cross-validated macro-F1 ${macro.toFixed(3)}`),
      );
      const source = techniqueModelSource(training.file);
      writeFileSync(flags.out, source);
      ctx.stdout.write(
        `wrote ${flags.out} (${(source.length / 1e3).toFixed(0)} kB), ${training.epochs} epochs\n`,
      );
      const { analyze } = createEngine();
      const rules = coachAgreement(test, null, analyze);
      const both = coachAgreement(test, loadTechniqueModel(training.file), analyze);
      ctx.stdout.write(`held-back fifth: ${test.length} sentences\n${agreementTable(rules, both)}\n`);
    });
}
