/** Types of find-browser.mjs, for the TypeScript scripts (bench). */
export function findBrowser(options?: { install?: boolean }): Promise<string>;
