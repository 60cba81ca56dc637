/** Where the browser keeps the current comparison (read by Persistence and by index.html's inline script). */
export const STORAGE_KEY = 'duizhao:comparison';
/**
 * The change written as the page was left (`pagehide`), in this tab's sessionStorage: a browser may drop
 * a history update made while the page unloads (Chromium does on reload), but keeps the tab's storage.
 * Read by Persistence and by index.html's inline script.
 */
export const LEAVING_KEY = 'duizhao:leaving';
