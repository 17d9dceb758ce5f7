/**
 * Compares two strings without stopping at the first difference, so the time taken does not
 * reveal how many leading characters of a guessed signature were right. Lengths may differ
 * (a signature's length is not secret).
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  for (let i = 0; i < length; i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}
