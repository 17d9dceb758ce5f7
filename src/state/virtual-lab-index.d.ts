/** The build-time lab index served by scripts/vite-lab-index.ts (id and English and French title of each labs/*.json). */
declare module 'virtual:lab-index' {
  const index: readonly { id: string; title: { en: string; fr: string } }[];
  export default index;
}
