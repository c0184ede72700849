import {
  headerSetKey,
  mappingFromFile,
  MappingFileSchema,
  mappingToFile,
  type ColumnMapping,
} from '../../src/formats';
import { useSettings } from '../state/settingsStore';

/** How many header sets' mappings are kept; the oldest is forgotten first. */
const REMEMBERED = 30;

/** The mapping last chosen for a table with these headers, if one was (and is still sound). */
export function rememberedMapping(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): ColumnMapping | undefined {
  const saved = MappingFileSchema.safeParse(useSettings.getState().columnMappings[headerSetKey(header)]);
  if (!saved.success) return undefined;
  const mapping = mappingFromFile(saved.data, header, rows);
  return mapping.ok ? mapping.value : undefined;
}

/** Remember a mapping for tables with these headers (in the settings, like the app's other choices). */
export function rememberMapping(header: readonly string[], mapping: ColumnMapping): void {
  const key = headerSetKey(header);
  const others = Object.entries(useSettings.getState().columnMappings).filter(([k]) => k !== key);
  useSettings.getState().update({
    columnMappings: Object.fromEntries([
      ...others.slice(-(REMEMBERED - 1)),
      [key, mappingToFile(header, mapping)],
    ]),
  });
}
