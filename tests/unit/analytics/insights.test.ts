import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../src/analytics';
import { formatInsightsText } from '../../../src/cli/statsReport';
import { smallJourney, T0 } from '../helpers/smallJourney';

/*
 * smallJourney(), by hand:
 *   Laura:  Awareness t1 +2, t2 +1 · Purchase t3 −2          (all on Web)
 *   Carlos: Purchase t4 0 · Loyalty t5 +3                    (all on Web)
 *   notes:  a1 open pain point on t3; a2 open opportunity on stage Purchase
 * This test adds a3, an open pain point pinned to stage Awareness, and a resolved question.
 */
function journey() {
  const j = smallJourney();
  j.annotations.push(
    { ...j.annotations[0]!, id: 'a3', targetType: 'stage', targetId: 's1', text: 'Ads everywhere' },
    {
      ...j.annotations[0]!,
      id: 'a4',
      kind: 'question',
      status: 'resolved',
      targetId: 't1',
      text: 'Which ad?',
      createdAt: T0,
    },
  );
  return j;
}

describe('insights', () => {
  const insights = computeInsights(journey());

  it('averages emotion per stage for each persona and overall', () => {
    expect(insights.emotionByStage.map((p) => [p.persona, p.stages.map((s) => s.average)])).toEqual([
      ['Laura', [1.5, -2, null]], // (2 + 1) / 2 = 1.5; −2 / 1; no touchpoint in Loyalty
      ['Carlos', [null, 0, 3]],
    ]);
    expect(insights.overallByStage.map((s) => [s.stage, s.average, s.count])).toEqual([
      ['Awareness', 1.5, 2],
      ['Purchase', -1, 2], // (−2 + 0) / 2
      ['Loyalty', 3, 1],
    ]);
  });

  it('lists the lowest moments', () => {
    expect(insights.lowestMoments).toEqual([
      { touchpointId: 't3', title: 'T3', stage: 'Purchase', persona: 'Laura', emotion: -2 },
    ]);
  });

  it('counts open pain points by stage and channel', () => {
    expect(insights.painPoints).toEqual([
      { stage: 'Awareness', byChannel: { '(no channel)': 1 }, total: 1 },
      { stage: 'Purchase', byChannel: { Web: 1 }, total: 1 },
      { stage: 'Loyalty', byChannel: {}, total: 0 },
    ]);
  });

  it('shows channel coverage and its gaps', () => {
    expect(insights.channelCoverage).toEqual([
      { stage: 'Awareness', byChannel: { Web: 2, Phone: 0 } },
      { stage: 'Purchase', byChannel: { Web: 2, Phone: 0 } },
      { stage: 'Loyalty', byChannel: { Web: 1, Phone: 0 } },
    ]);
    expect(insights.coverageGaps.map((g) => `${g.stage}/${g.channel}`)).toEqual([
      'Awareness/Phone',
      'Purchase/Phone',
      'Loyalty/Phone',
    ]);
  });

  it('counts open and resolved notes by kind', () => {
    expect(insights.notes).toEqual({
      open: 3,
      resolved: 1,
      byKind: {
        'pain-point': { open: 2, resolved: 0 },
        opportunity: { open: 1, resolved: 0 },
        question: { open: 0, resolved: 1 },
      },
    });
  });

  it('prints a readable report with one decimal', () => {
    const text = formatInsightsText(insights, journey());
    expect(text).toContain('  Laura: Awareness 1.5 · Purchase -2.0 · Loyalty –');
    expect(text).toContain('  All personas: Awareness 1.5 · Purchase -1.0 · Loyalty 3.0');
    expect(text).toContain('  -2 T3 (Laura, Purchase)');
    expect(text).toContain('  Purchase: 1 (Web 1)');
    expect(text).toContain('Notes: 3 open, 1 resolved');
  });
});
