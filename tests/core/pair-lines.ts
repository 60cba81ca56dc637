/**
 * A comparison's pairs as lines a test can read: each side as the first six characters of its
 * sections, joined with `+`, `∅` for an empty side. Example: `一是做好民主 ↔ 二是做好民主`.
 */
import type { Comparison, Report } from '../../src/core/index';

export function pairLines(c: Comparison): string[] {
  const start = (report: Report, id: string) => {
    const section = report.sections.find((s) => s.id === id)!;
    return report.text.slice(section.start, section.start + 6);
  };
  return c.pairs.map(
    (p) =>
      `${p.left.map((id) => start(c.left, id)).join('+') || '∅'} ↔ ${p.right.map((id) => start(c.right, id)).join('+') || '∅'}`,
  );
}
