/** pdf.js's worker code, imported to run it in the load worker's own thread (see `pdf.ts`). */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
