/**
 * Dropping files on the page in a browser test: real dragenter/dragover/drop events carrying `File`s
 * built in the page, and the waits that go with them.
 *
 *   await dropFiles(page, [{ name: 'a.txt', bytes: [...] }], 0.3);   // x: 0..1 of the page's width
 *   await waitForColumn(page, 'left', '甲乙丙');
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './harness';

export interface DroppedFile {
  name: string;
  bytes: number[] | string;
  type?: string;
}

/** Bytes of a UTF-8 text, as a plain array that crosses into the page. */
export const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

export async function dropFiles(page: Page, files: DroppedFile[], x = 0.3): Promise<void> {
  await page.evaluate(
    ({ files, x }) => {
      const transfer = new DataTransfer();
      for (const f of files) {
        const part = typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes);
        transfer.items.add(new File([part], f.name, { type: f.type ?? 'text/plain' }));
      }
      const at = { clientX: Math.round(window.innerWidth * x), clientY: 300 };
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer, ...at }),
        );
    },
    { files, x },
  );
}

export async function waitForColumn(page: Page, side: 'left' | 'right', text: string): Promise<void> {
  await page.waitForFunction(
    ({ side, text }) =>
      document.querySelector(`section.column[data-side="${side}"]`)?.textContent?.includes(text) &&
      document.querySelector('main')?.dataset.status === 'ready',
    { side, text },
    { timeout: 60_000 },
  );
}

/** The viewport as it is (the alert region is fixed: a full-page shot misplaces it). */
export async function viewportShot(page: Page, name: string): Promise<void> {
  const directory = join(repoRoot, 'test-output');
  await mkdir(directory, { recursive: true });
  await page.screenshot({ path: join(directory, `${name}.png`) });
}
