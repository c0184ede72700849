import { checkJourney, journeySchema, type Journey } from '../model';
import type { ImportError, Problem, ProblemIssue } from './errors';
import { schemaProblem } from './problems';
import { decodeText, parseJson } from './json';
import { FORMAT_VERSION, migrate, pathInVersion } from './migrations';
import { fail, ok, type Result } from './result';

export { FORMAT_VERSION };
export const FORMAT_TAG = 'trayecto';

/** `["touchpoints", 12, "stageId"]` → `journey.touchpoints[12].stageId` */
export function jsonPath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    root,
  );
}

/**
 * Validate a raw journey: defaults filled, then schema and invariants, faults located by path —
 * the path in a file of format `version`, which may name a field differently.
 */
export function validateJourney(raw: unknown, version = FORMAT_VERSION): Result<Journey, ImportError> {
  const located = (path: string, issue: ProblemIssue): Problem => ({
    ...issue,
    path: path ? `journey.${pathInVersion(path, version)}` : 'journey',
  });
  const checked = checkJourney(raw);
  if (checked.ok) return ok(checked.journey);
  const { fault } = checked;
  const problems =
    fault.kind === 'schema'
      ? fault.issues.map((issue) => located(jsonPath('', issue.path).slice(1), schemaProblem(issue)))
      : fault.violations.map(({ path, message: _inEnglish, ...rule }) => located(path, rule));
  return fail({ kind: 'invalid', problems });
}

/** Read a `.trayecto` document: decode, parse, check the tag and version, migrate, validate. */
export function readTrayecto(input: string | Uint8Array): Result<Journey, ImportError> {
  const text = decodeText(input);
  if (!text.ok) return text;
  const json = parseJson(text.value);
  if (!json.ok) return json;
  const doc = json.value;
  if (typeof doc !== 'object' || doc === null || (doc as { format?: unknown }).format !== FORMAT_TAG) {
    return fail({ kind: 'notTrayecto' });
  }
  const { version, journey } = doc as { version?: unknown; journey?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail({ kind: 'invalid', problems: [{ path: 'version', kind: 'expected', type: 'wholeNumber' }] });
  }
  if (version > FORMAT_VERSION) return fail({ kind: 'versionTooNew', version, supported: FORMAT_VERSION });
  if (typeof journey !== 'object' || journey === null || Array.isArray(journey)) {
    return fail({
      kind: 'invalid',
      problems: [{ path: 'journey', kind: 'expected', type: 'object' }],
    });
  }
  let current: Record<string, unknown>;
  try {
    current = migrate(journey as Record<string, unknown>, version);
  } catch (error) {
    return fail({
      kind: 'migrationFailed',
      from: version,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  return validateJourney(current, version);
}

/**
 * Write a `.trayecto` document: pretty-printed, keys in schema order (zod rebuilds objects
 * in the order of their schema), so the same journey always gives the same text.
 */
export function writeTrayecto(journey: Journey): string {
  const canonical = journeySchema.parse(journey);
  return `${JSON.stringify({ format: FORMAT_TAG, version: FORMAT_VERSION, journey: canonical }, null, 2)}\n`;
}
