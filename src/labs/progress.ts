/**
 * Lab progress as kept in browser storage: lab ids and the ids of their completed steps, nothing
 * else (never a credential, a token, an input or a result). Reading is forgiving: anything that is
 * not that shape is dropped, so a damaged entry costs progress, never the page.
 */
export type LabProgress = Readonly<Record<string, readonly string[]>>;

export const LAB_PROGRESS_STORAGE_KEY = 'stsw.labs';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The JSON object stored under a key, or an empty one for anything else (nothing, damage, another shape). */
function storedObject(text: string | null): Record<string, unknown> {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function parseProgress(text: string | null): LabProgress {
  const value = storedObject(text);
  const out: Record<string, string[]> = {};
  for (const [lab, steps] of Object.entries(value)) {
    if (!ID.test(lab) || !Array.isArray(steps)) continue;
    const ids = steps.filter((s): s is string => typeof s === 'string' && ID.test(s));
    if (ids.length) out[lab] = [...new Set(ids)];
  }
  return out;
}

/** The progress with `lab`'s completed steps set (an empty list removes the lab: its reset). */
export function withSteps(progress: LabProgress, lab: string, steps: readonly string[]): LabProgress {
  const { [lab]: _old, ...rest } = progress;
  const ids = steps.filter((s) => ID.test(s));
  return ids.length && ID.test(lab) ? { ...rest, [lab]: [...new Set(ids)] } : rest;
}

export const serializeProgress = (progress: LabProgress): string => JSON.stringify(progress);

/**
 * When each lab was last reset (ms since the epoch, real time), kept beside the progress so a reset
 * lasts across reloads: calls from before it (a call history restored from the vault) never mark
 * that lab's steps again. Lab ids and times only.
 */
export type LabResets = Readonly<Record<string, number>>;

export const LAB_RESETS_STORAGE_KEY = 'stsw.labs.resets';

export function parseResets(text: string | null): LabResets {
  const value = storedObject(text);
  const out: Record<string, number> = {};
  for (const [lab, at] of Object.entries(value)) if (ID.test(lab) && typeof at === 'number' && Number.isFinite(at) && at >= 0) out[lab] = at;
  return out;
}

export const serializeResets = (resets: LabResets): string => JSON.stringify(resets);
