import { journeyToCsv, writeTrayecto } from '../../src/formats';
import { generateJourney } from './generate';

/** The benchmark maps as the files a user would open: .trayecto and .csv text. */
export function benchmarkFiles(size: number): { trayecto: string; csv: string } {
  const journey = generateJourney(size);
  return { trayecto: writeTrayecto(journey), csv: journeyToCsv(journey) };
}
