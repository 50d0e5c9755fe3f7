import type { MomentRuleSet } from '@rapport/engine';
import type { RulesFormat, WorkspaceScope } from '../../storage/index.js';
import { DEFAULT_RULES_YAML } from './default-rules.js';
import { formatRulesProblems, parseRules } from './parse-rules.js';

/** A workspace's rules as written and as parsed; `custom` is false while it uses the defaults. */
export interface WorkspaceRules {
  format: RulesFormat;
  source: string;
  custom: boolean;
  ruleSet: MomentRuleSet;
}

/**
 * The rules a workspace runs: its own document, or the default set. Documents are validated before
 * they are saved, so a stored one that no longer parses (after an upgrade tightened the schema)
 * is a bug worth stopping for, not something to guess around.
 */
export async function loadRules(scope: WorkspaceScope): Promise<WorkspaceRules> {
  const stored = await scope.moments.rules.get();
  const format = stored?.format ?? 'yaml';
  const source = stored?.source ?? DEFAULT_RULES_YAML;
  const parsed = parseRules(source, format);
  if (!parsed.ok) {
    throw new Error(
      `The saved moment rules of workspace ${scope.workspaceId} no longer validate:\n${formatRulesProblems(parsed.problems)}`,
    );
  }
  return { format, source, custom: stored !== undefined, ruleSet: parsed.ruleSet };
}
