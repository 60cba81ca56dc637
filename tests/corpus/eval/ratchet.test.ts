/** The ratchet (./ratchet.ts): floors hold, rise, and are lowered only on request. */
import { describe, expect, it } from 'vitest';
import { check, update, type Baseline } from './ratchet';

function baseline(f1: number, wrong: number, docF1: number, docLabels = 'h1'): Baseline {
  return {
    headline: { labels: `all-${docLabels}`, figures: { 'tasks F1': f1, 'wrong pairs': wrong, place: null } },
    documents: { a: { labels: docLabels, figures: { F1: docF1 } } },
    pairs: {},
  };
}

describe('check', () => {
  it('passes when nothing moved', () => {
    const r = check(baseline(0.5, 0.1, 0.4), baseline(0.5, 0.1, 0.4));
    expect(r.drops).toEqual([]);
    expect(r.gains).toEqual([]);
  });

  it('reports a figure below its floor as a drop', () => {
    const r = check(baseline(0.5, 0.1, 0.4), baseline(0.49, 0.1, 0.4));
    expect(r.drops).toEqual([{ scope: 'headline', figure: 'tasks F1', from: 0.5, to: 0.49 }]);
  });

  it('holds wrong pairs as a ceiling: more is a drop, less a gain', () => {
    expect(check(baseline(0.5, 0.1, 0.4), baseline(0.5, 0.2, 0.4)).drops.map((d) => d.figure)).toEqual([
      'wrong pairs',
    ]);
    expect(check(baseline(0.5, 0.1, 0.4), baseline(0.5, 0.05, 0.4)).gains.map((d) => d.figure)).toEqual([
      'wrong pairs',
    ]);
  });

  it('ignores float noise below the fourth decimal', () => {
    expect(check(baseline(0.5, 0.1, 0.4), baseline(0.49999, 0.1, 0.4)).drops).toEqual([]);
  });

  it('does not hold floors measured on other labels, but still holds the unchanged documents', () => {
    const base = baseline(0.5, 0.1, 0.4);
    const now = baseline(0.3, 0.1, 0.2, 'h2');
    now.documents.b = { labels: 'hb', figures: { F1: 0.1 } };
    const r = check(base, now);
    expect(r.relabelled).toEqual(['headline', 'doc a']);
    expect(r.fresh).toEqual(['doc b']);
    expect(r.drops).toEqual([]);

    const sameA = baseline(0.3, 0.1, 0.2);
    sameA.headline.labels = 'other';
    expect(check(base, sameA).drops).toEqual([{ scope: 'doc a', figure: 'F1', from: 0.4, to: 0.2 }]);
  });

  it('takes everything as new without a baseline', () => {
    expect(check(null, baseline(0.5, 0.1, 0.4)).fresh).toEqual(['headline', 'doc a']);
  });
});

describe('update', () => {
  it('raises beaten floors and keeps the rest', () => {
    const base = baseline(0.5, 0.1, 0.4);
    const r = update(base, baseline(0.6, 0.1, 0.4), false);
    expect(r.refused).toBe(false);
    expect(r.next.headline.figures['tasks F1']).toBe(0.6);
    expect(r.next.documents.a!.figures.F1).toBe(0.4);
  });

  it('refuses to lower a floor silently', () => {
    const r = update(baseline(0.5, 0.1, 0.4), baseline(0.6, 0.1, 0.3), false);
    expect(r.refused).toBe(true);
    expect(r.check.drops).toEqual([{ scope: 'doc a', figure: 'F1', from: 0.4, to: 0.3 }]);
  });

  it('lowers a floor when asked, and says which', () => {
    const r = update(baseline(0.5, 0.1, 0.4), baseline(0.6, 0.1, 0.3), true);
    expect(r.refused).toBe(false);
    expect(r.next.documents.a!.figures.F1).toBe(0.3);
    expect(r.lowered).toEqual([{ scope: 'doc a', figure: 'F1', from: 0.4, to: 0.3 }]);
  });

  it('takes relabelled and new documents as measured and drops those no longer labelled', () => {
    const base = baseline(0.5, 0.1, 0.4);
    base.documents.gone = { labels: 'g', figures: { F1: 1 } };
    const now = baseline(0.3, 0.1, 0.2, 'h2');
    const r = update(base, now, false);
    expect(r.refused).toBe(false);
    expect(r.next.documents).toEqual({ a: { labels: 'h2', figures: { F1: 0.2 } } });
    expect(r.check.removed).toEqual(['doc gone']);
  });

  it('rounds what it writes to four decimals', () => {
    expect(update(null, baseline(1 / 3, 0.1, 0.4), false).next.headline.figures['tasks F1']).toBe(0.3333);
  });
});
