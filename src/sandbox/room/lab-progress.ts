/**
 * Lab steps an attendee completed, as the workbench reported them (POST /_sandbox/room/progress):
 * lab and step ids with the (real) time of the report, nothing else, so the instructor page can
 * show the room's progress without any secret.
 */
import { isPlainObject } from '../../policy/lists';

/** labId → stepId → ISO time of the report. */
export type LabProgress = Record<string, Record<string, string>>;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Far more than any set of labs has steps; a bound so a client cannot grow the state file without end. */
const MAX_STEPS = 1000;

export class LabProgressError extends Error {}

export function withCompletedStep(progress: LabProgress, labId: unknown, stepId: unknown, atIso: string): LabProgress {
  for (const [name, value] of [
    ['labId', labId],
    ['stepId', stepId],
  ] as const) {
    if (typeof value !== 'string' || !ID.test(value)) {
      throw new LabProgressError(`${name} must be a lab or step id: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit (got ${JSON.stringify(value)?.slice(0, 80) ?? String(value)}).`);
    }
  }
  const lab = progress[labId as string] ?? {};
  if (lab[stepId as string]) return progress; // the first completion is the one that counts
  const count = Object.values(progress).reduce((n, steps) => n + Object.keys(steps).length, 0);
  if (count >= MAX_STEPS) throw new LabProgressError(`This attendee already has ${MAX_STEPS} completed steps recorded, the most the sandbox keeps.`);
  return { ...progress, [labId as string]: { ...lab, [stepId as string]: atIso } };
}

export function readLabProgress(value: unknown): LabProgress | null {
  if (!isPlainObject(value)) return null;
  for (const steps of Object.values(value)) if (!isPlainObject(steps) || Object.values(steps).some((t) => typeof t !== 'string')) return null;
  return value as LabProgress;
}
