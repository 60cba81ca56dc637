/**
 * How long a share link may be before it stops being a good way to share.
 *
 *   ≤ 2,000 characters   'fits': survives every chat app, mail program and browser we know of. 2,000 is
 *                        the classic safe URL length (Internet Explorer and old Outlook/Office stop at
 *                        2,083; the Sitemaps protocol and many link checkers and previewers at 2,048),
 *                        and mail programs that wrap lines or chat apps that cap a message's length
 *                        rarely reach it.
 *   ≤ 65,536 characters  'long': opens when pasted into a current browser's address bar (Chromium takes
 *                        2 MiB; Firefox and Safari tens of thousands of characters at least), but chat
 *                        apps and mail programs may cut or wrap it: offer the comparison file too.
 *   beyond               'too-long': offer only the comparison file.
 *
 * Two reports of a few thousand characters each make a link of roughly 7,000–10,000 characters (see
 * `npm run bench:permalink`), so custom comparisons are usually 'long'; only the sample's short form fits.
 * Example: `linkFit(1_500)` is 'fits'; `linkFit(9_000)` is 'long'.
 */
import { groupedDigits } from '../text/digits';

export const LINK_BUDGET_CHARS = 2_000;
export const LINK_MAX_CHARS = 65_536;

export type LinkFit = 'fits' | 'long' | 'too-long';

export function linkFit(length: number): LinkFit {
  if (length <= LINK_BUDGET_CHARS) return 'fits';
  if (length <= LINK_MAX_CHARS) return 'long';
  return 'too-long';
}

export function linkFitMessage(length: number): string {
  const n = groupedDigits(length);
  switch (linkFit(length)) {
    case 'fits':
      return `The link is ${n} characters: short enough for any chat app or mail program.`;
    case 'long':
      return (
        `The link is ${n} characters, more than the ${groupedDigits(LINK_BUDGET_CHARS)} that chat apps ` +
        'and mail programs reliably keep. It opens in a browser, but may be cut when sent: the comparison ' +
        'file is safer.'
      );
    case 'too-long':
      return (
        `The link would be ${n} characters, too long to share (limit ${groupedDigits(LINK_MAX_CHARS)}). ` +
        'Download the comparison file and send that instead.'
      );
  }
}
