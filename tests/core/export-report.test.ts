import { createHash } from 'node:crypto';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { REPORT_SCRIPT, REPORT_SCRIPT_SHA256, reportHtml } from '../../src/core/export/report-html';
import { compare } from '../../src/core/index';
import { BIJIE, PANZHIHUA } from './samples';

const exportedAt = new Date('2026-01-02T10:00:00Z');

function parse(html: string): Document {
  return new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('the self-contained HTML report', () => {
  const comparison = compare(BIJIE, PANZHIHUA);
  const html = reportHtml({
    comparison,
    files: { left: 'bijie-traditional.txt', right: 'panzhihua-simplified.txt' },
    labels: { left: '畢節', right: '攀枝花' },
    exportedAt,
    chartSvg: '<svg xmlns="http://www.w3.org/2000/svg"><title>chart</title></svg>',
  });
  const doc = parse(html);

  it('allows its own script only, by hash, and no request of any kind', () => {
    expect(createHash('sha256').update(REPORT_SCRIPT, 'utf8').digest('base64')).toBe(REPORT_SCRIPT_SHA256);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(
      `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${REPORT_SCRIPT_SHA256}'`,
    );
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//);
  });

  it('holds each text whole: its blocks quote the original at their offsets and cover every visible character', () => {
    for (const [side, text] of [
      ['left', BIJIE],
      ['right', PANZHIHUA],
    ] as const) {
      const covered = new Uint8Array(text.length);
      for (const p of doc.querySelectorAll(`[data-side="${side}"] [data-start]`)) {
        const start = Number(p.getAttribute('data-start'));
        const end = Number(p.getAttribute('data-end'));
        expect(p.textContent).toBe(text.slice(start, end));
        covered.fill(1, start, end);
      }
      const missed = text.split('').filter((char, i) => !/\s/.test(char) && covered[i] === 0);
      expect(missed).toEqual([]);
    }
  });

  it('marks every shared phrase on both sides, with its kind', () => {
    for (const phrase of comparison.phrases) {
      for (const side of ['left', 'right'] as const) {
        const marks = [...doc.querySelectorAll(`[data-side="${side}"] mark`)].filter((m) =>
          (m.getAttribute('data-phrases') ?? '').split(' ').includes(phrase.id),
        );
        const text = side === 'left' ? BIJIE : PANZHIHUA;
        expect(marks.map((m) => m.textContent).join('')).toBe(
          text.slice(phrase[side].start, phrase[side].end),
        );
      }
    }
  });

  it('keeps markup in the texts and names as text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const evil = compare(`${hostile}\n${PANZHIHUA}`, BIJIE);
    const out = reportHtml({
      comparison: evil,
      files: { left: '<b>x</b>.txt', right: 'y".txt' },
      labels: { left: '<i>l</i>', right: 'r' },
      exportedAt,
      chartSvg: '',
    });
    const evilDoc = parse(out);
    expect(evilDoc.querySelectorAll('script')).toHaveLength(1);
    expect(evilDoc.querySelectorAll('img, b, i')).toHaveLength(0);
    expect(evilDoc.body.textContent).toContain(hostile);
    expect(evilDoc.body.textContent).toContain('<b>x</b>.txt');
  });
});
