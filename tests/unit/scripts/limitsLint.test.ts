import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The rule in eslint.config.mjs that keeps field lengths in LIMITS, run as `npm run lint` runs it.
const lint = async (code: string) => {
  const [result] = await new ESLint().lintText(code, { filePath: 'renderer/inspector/Example.tsx' });
  return result!.messages.map((m) => m.ruleId);
};

describe("a field's maxLength", () => {
  it('is refused as a typed number and accepted from LIMITS', async () => {
    expect(await lint('export const A = () => <input maxLength={300} />;\n')).toEqual([
      'no-restricted-syntax',
    ]);
    expect(
      await lint(
        "import { LIMITS } from '../../src/model';\nexport const A = () => <input maxLength={LIMITS.shortText} />;\n",
      ),
    ).toEqual([]);
  });
});
