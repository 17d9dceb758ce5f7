/** The build-time lab index served by scripts/vite-lab-index.ts (id and English title of each labs/*.json). */
declare module 'virtual:lab-index' {
  const index: readonly { id: string; title: string }[];
  export default index;
}
