/**
 * Removes every trailing `char` (one UTF-16 code unit) from `text`, in linear time. The obvious
 * `text.replace(/=+$/, '')` is quadratic: on a long run of `=` not at the end, the regex engine
 * retries the run from every position (16 KB of it cost 70 ms of server time).
 */
export function trimTrailing(text: string, char: string): string {
  const code = char.charCodeAt(0);
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === code) end--;
  return end === text.length ? text : text.slice(0, end);
}
