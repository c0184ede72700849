import { basename, extname, resolve } from 'node:path';
import { execute, recordMetricValues } from '../commands';
import { previewMetricValues, readMetricsSheet, writeTrayecto, type MatchedRow } from '../formats';
import { loadScenario, scenarioOption, type Command } from './command';
import { metricsFileErrorSentence, unmatchedSentence } from './metricsWords';

const figure = (n: number, language: string) => n.toLocaleString(language, { maximumFractionDigits: 2 });

/** `trayecto metrics IN VALUES OUT`: a monthly update of a map's metric values from a spreadsheet. */
export async function importMetrics(command: Command): Promise<number> {
  const { args, language, say, out, err, usage, read, io } = command;
  const option = scenarioOption(args);
  const files = option.rest;
  if (files.length !== 3 || option.missing || files.some((a) => a.startsWith('--')))
    return usage(say('metricsArgs'));
  const [input, values, output] = files as [string, string, string];
  if (!['.csv', '.xlsx'].includes(extname(values).toLowerCase())) return usage(say('metricsArgs'));
  if (extname(output).toLowerCase() !== '.trayecto') return usage(say('cannotWriteType', { path: output }));
  if (resolve(values) === resolve(output)) return usage(say('sameFile'));
  const loaded = await loadScenario(command, input, option.name);
  if (typeof loaded === 'number') return loaded;
  const { journey, scenario } = loaded;
  const bytes = await read(values);
  if (!bytes) return 1;
  const sheet = await readMetricsSheet(basename(values), bytes);
  if (!sheet.ok) {
    const { key, params } = metricsFileErrorSentence(sheet.error);
    err(`${say('refused', { path: values, message: say(key, params) })}\n`);
    return 1;
  }
  const preview = previewMetricValues(journey, sheet.value, { scenarioId: scenario.id });
  const where = (row: MatchedRow) =>
    [row.stage, row.persona, row.touchpoint].filter((part) => part !== undefined).join(' › ');
  if (preview.matched.length) {
    out(`${say('metricsMatched', { count: preview.matched.length })}\n`);
    for (const row of preview.matched)
      out(
        `  ${row.line}: ${where(row)}: ${row.metric}${row.period ? ` ${row.period}` : ''} = ${figure(row.value, language)} (${say(row.replaces ? 'metricsRowReplaces' : 'metricsRowAdds')})\n`,
      );
    for (const metric of preview.newMetrics) out(`  ${say('metricsNewMetric', { name: metric.name })}\n`);
  }
  if (preview.unmatched.length) {
    out(`${say('metricsUnmatched', { count: preview.unmatched.length })}\n`);
    for (const row of preview.unmatched) {
      const { key, params } = unmatchedSentence(row.reason);
      out(`  ${row.line}: ${say(key, params)}\n`);
    }
  }
  if (preview.values.length === 0) {
    err(`${say('metricsNothingMatched')}\n`);
    return 1;
  }
  const { journey: updated } = execute(journey, recordMetricValues(preview.values, preview.newMetrics), {
    now: new Date().toISOString(),
  });
  await io.writeFile(output, writeTrayecto(updated));
  out(`${say('wrote', { path: output, summary: journey.title })}\n`);
  return 0;
}
