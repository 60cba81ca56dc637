/**
 * Word and PDF in, in the production build. The fixtures are made here: a .docx with a numbered list in
 * Word's automatic numbering, Chinese counting (../core/numbered-docx), a PDF printed by Chromium
 * from a Chinese page (`page.pdf()`, with a running header and page numbers), and a PDF whose only
 * content is a picture of text (a canvas: what a scan is). Both readable documents are dropped at once
 * and compared; their tasks must be found from the numbers Word and the PDF carry. Every request the
 * page makes must stay on the site (pdf.js's character maps are shipped with it).
 */
import { describe, expect, it } from 'vitest';
import { cmapPdf } from '../core/cmap-pdf';
import { numberedDocx } from '../core/numbered-docx';
import { dropFiles, viewportShot, waitForColumn } from './drop';
import { openApp, openPage, useApp, waitForComparison } from './harness';
import { readColumnByScrolling, sectionsByScrolling } from './reading';

const TASKS_LEFT = ['健全基层组织体系', '提升基层治理能力', '加强基层队伍建设'];
const TASKS_RIGHT = ['健全基层组织体系', '提升基层治理效能', '加强基层干部队伍建设'];
const BODY =
  '要坚持以人民为中心的发展思想，统筹发展和安全，推动基层治理体系和治理能力现代化，' +
  '不断增强人民群众获得感幸福感安全感。';

async function docxBytes(): Promise<number[]> {
  const docx = await numberedDocx([
    { text: '关于加强基层治理的实施意见' },
    { text: '总体要求', level: 0 },
    { text: BODY.repeat(2) },
    { text: '重点任务', level: 0 },
    ...TASKS_LEFT.flatMap((task) => [{ text: task, level: 1 as const }, { text: `${task}，${BODY}` }]),
  ]);
  return [...docx];
}

const reportPage = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 14pt; }
  h1 { text-align: center; font-size: 20pt; }
  p { text-indent: 2em; margin: 0; line-height: 1.6; }
</style></head><body>
<h1>关于加强基层治理的工作报告</h1>
<p>一、总体要求</p><p>${BODY.repeat(6)}</p>
<p>二、重点任务</p>
${TASKS_RIGHT.map((task, i) => `<p>（${'一二三'[i]}）${task}</p><p>${task}，${BODY.repeat(5)}</p>`).join('')}
</body></html>`;

const app = useApp();

describe('Word and PDF dropped on the page', () => {
  it('reads a .docx with a numbered list and a Chromium-printed PDF, compares them, finds their tasks', async () => {
    const printer = await openPage(app);
    await printer.page.setContent(reportPage);
    const pdf = await printer.page.pdf({
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate:
        '<div style="font-size:9pt;width:100%;text-align:center">基层治理工作报告（内部资料）</div>',
      footerTemplate:
        '<div style="font-size:9pt;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>',
      margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' },
    });
    await printer.close();
    const docx = await docxBytes();

    const { page, issues, close } = await openPage(app);
    const requests: string[] = [];
    page.context().on('request', (request) => requests.push(request.url()));
    await page.goto(app.baseURL);
    await waitForComparison(page);
    const started = Date.now();
    await dropFiles(page, [
      {
        name: '实施意见.docx',
        bytes: docx,
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      { name: '工作报告.pdf', bytes: [...pdf], type: 'application/pdf' },
    ]);
    await page.waitForFunction(
      () =>
        document.querySelector('section.column[data-side="right"]')?.textContent?.includes('工作报告') &&
        document.querySelector('main')?.dataset.status === 'ready',
      undefined,
      { timeout: 120_000 },
    );
    console.log(`docx + pdf dropped → compared in ${Date.now() - started} ms (both libraries loaded cold)`);
    await viewportShot(page, 'documents-docx-pdf');

    // The view draws what is on screen: read each column whole by scrolling through it.
    const columnText = async (side: 'left' | 'right') =>
      (await readColumnByScrolling(page, side)).map((piece) => piece.text).join('');
    const left = await columnText('left');
    const right = await columnText('right');
    // Word's numbers written into the text (mammoth alone drops them), the PDF's lines joined.
    expect(left).toContain('一、总体要求');
    expect(left).toContain('（一）健全基层组织体系');
    expect(left).toContain('（三）加强基层队伍建设');
    expect(right).toContain('（二）提升基层治理效能');
    expect(right).toContain(`加强基层干部队伍建设，${BODY}`); // a paragraph over several lines, no spaces
    // The running header and the page numbers are gone.
    expect(right).not.toContain('内部资料');
    expect(right).not.toMatch(/-\s*\d+\s*-/);

    // Both reports' tasks found from their numbers: 一、 and 二、, and （一）…（三） under the second, each
    // task its own row, in order.
    for (const [side, tasks] of [
      ['left', TASKS_LEFT],
      ['right', TASKS_RIGHT],
    ] as const) {
      // Task rows in the order the view shows them, each once (collected while scrolling down).
      const drawn = await sectionsByScrolling(page, `[data-side="${side}"] [data-section-kind="task"]`);
      const rows = [...drawn.values()].map((section) => section.text);
      const at = (name: string) => rows.findIndex((row) => row.includes(name));
      const found = ['总体要求', '重点任务', ...tasks].map(at);
      expect(
        found.every((index) => index >= 0),
        `${side}: ${JSON.stringify(rows)}`,
      ).toBe(true);
      expect(
        found.slice(1).every((index, i) => index > found[i]!),
        `${side}: in order, one row each`,
      ).toBe(true);
    }
    // Shared phrasing across the two formats.
    expect(await page.locator('[data-side="right"] mark').count()).toBeGreaterThan(0);

    // Nothing fetched off the site: character maps and fonts are shipped with it.
    const offSite = requests.filter(
      (url) => !url.startsWith(app.baseURL) && !url.startsWith('blob:') && !url.startsWith('data:'),
    );
    expect(offSite).toEqual([]);
    expect(issues.all()).toEqual([]);
    await close();
  });

  it('reads a PDF whose Chinese needs a predefined character map, from the maps shipped with the site', async () => {
    const lines = [
      '关于加强基层治理的报告',
      '一、总体要求',
      `\u3000\u3000${BODY}`,
      '二、重点任务',
      `\u3000\u3000${BODY}`,
    ];
    const { page, issues, close } = await openPage(app);
    const requests: string[] = [];
    page.context().on('request', (request) => requests.push(request.url()));
    await page.goto(app.baseURL);
    await waitForComparison(page);
    await dropFiles(
      page,
      [{ name: '宋体报告.pdf', bytes: [...cmapPdf(lines)], type: 'application/pdf' }],
      0.75,
    );
    await waitForColumn(page, 'right', '二、重点任务');
    const right = (await page.locator('section.column[data-side="right"]').textContent()) ?? '';
    expect(right).toContain('关于加强基层治理的报告');
    expect(right.replace(/\s+/g, '')).toContain(BODY);
    const maps = requests.filter((url) => url.includes('/pdfjs/cmaps/'));
    expect(maps.some((url) => url.startsWith(`${app.baseURL}pdfjs/cmaps/UniGB-UCS2-H.bcmap`))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(app.baseURL) && !/^(blob|data):/.test(url))).toEqual([]);
    expect(issues.all()).toEqual([]);
    await close();
  });

  it('refuses a PDF without a text layer (a picture of text) with advice, and keeps the comparison', async () => {
    const printer = await openPage(app);
    await printer.page
      .setContent(`<!doctype html><html><body><canvas width="600" height="200"></canvas><script>
      const c = document.querySelector('canvas').getContext('2d');
      c.font = '32px "Noto Sans CJK SC"'; c.fillText('关于加强基层治理的工作报告', 20, 80);
    </script></body></html>`);
    const scan = await printer.page.pdf({ format: 'A4' });
    await printer.close();

    const { page, issues, close } = await openApp(app);
    const before = await page.locator('section.column[data-side="left"]').textContent();
    await dropFiles(page, [{ name: '扫描件.pdf', bytes: [...scan], type: 'application/pdf' }], 0.25);
    const alert = page.locator('[role="alert"] [data-notice="error"]');
    await alert.waitFor({ timeout: 120_000 });
    const message = (await alert.textContent()) ?? '';
    expect(message).toContain('扫描件.pdf');
    expect(message).toContain('without a text layer');
    expect(message).toContain('text recognition (OCR');
    await viewportShot(page, 'documents-scan-refused');
    expect(await page.locator('section.column[data-side="left"]').textContent()).toBe(before);
    expect(issues.all()).toEqual([]);
    await close();
  });

  it('refuses a .doc and a .wps with the advice to save as .docx or PDF', async () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
    const { page, issues, close } = await openApp(app);
    for (const [name, label] of [
      ['报告.doc', 'Word 97–2003 document (.doc)'],
      ['报告.wps', 'WPS Writer document (.wps)'],
    ]) {
      await dropFiles(page, [{ name: name!, bytes: ole, type: 'application/octet-stream' }], 0.25);
      const alert = page.locator('[role="alert"] [data-notice="error"]', { hasText: name! });
      await alert.waitFor({ timeout: 60_000 });
      const message = (await alert.textContent()) ?? '';
      expect(message).toContain(label);
      expect(message).toContain('save it as .docx');
    }
    expect(issues.all()).toEqual([]);
    await close();
  });
});
