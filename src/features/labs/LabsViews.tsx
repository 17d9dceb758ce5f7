/**
 * The Labs area (the list of labs with progress, one lab's steps) and the lab guide shown above the
 * operation form while a lab is open. Thin: which steps are done comes from the pure checker
 * (src/labs/check.ts) over the calls of this visit; filling the form is the shell's onShowMe.
 */
import { useEffect, useId, useState } from 'react';
import { doneSteps, type LabEvent } from '../../labs/check';
import { labText, type Lab, type LabStep } from '../../labs/format';
import type { LabProgress } from '../../labs/progress';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CheckIcon, ClockIcon } from '../../ui/icons';
import { Meter } from '../../ui/Meter';
import { ToolCard } from '../../ui/ToolCard';
import { LAB_SET } from './labFiles';

const LANG = 'en';

export interface LabsProps {
  /** The calls of this visit that count for a lab (those since its last reset), newest first. */
  callsFor: (labId: string) => readonly LabEvent[];
  /** The labs, as the signed-in user does them (the lab files with their placeholders resolved). */
  labs: readonly Lab[];
  progress: LabProgress;
  /** Remember the steps now done (ids only). */
  onProgress: (labId: string, steps: readonly string[]) => void;
  onReset: (labId: string) => void;
  openLab: string | null;
  onOpenLab: (labId: string | null) => void;
  /** Show the Labs area (from the guide above the form). */
  onShowArea: () => void;
  /** Fill the step's form (never sends); rejects with a message to show. */
  onShowMe: (lab: Lab, step: LabStep) => Promise<void>;
  onAdvanceClock: (seconds: number) => void;
  /** Why Show me cannot work now (no sandbox yet, or the target is AWS), or null. */
  blocker: string | null;
}

const findLab = (labs: readonly Lab[], id: string | null) => labs.find((l) => l.id === id);

/** Steps done for `lab`, kept in storage as they become done. */
function useDone(lab: Lab, props: LabsProps): string[] {
  const remembered = props.progress[lab.id] ?? [];
  const done = doneSteps(lab, remembered, props.callsFor(lab.id));
  const key = done.join(' ');
  const { onProgress } = props;
  useEffect(() => {
    if (done.length > remembered.length) onProgress(lab.id, done);
    // `key` stands for `done`; `remembered` changes only through onProgress.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, lab.id, onProgress]);
  return done;
}

/** A lab's title as a link that opens it in the Labs area. */
function LabLink({ lab, onOpen }: { lab: Lab; onOpen: (labId: string) => void }) {
  return (
    <a
      href="#/tools/labs"
      className="text-accent hover:underline"
      onClick={(e) => {
        e.preventDefault();
        onOpen(lab.id);
      }}
    >
      {labText(lab.title, LANG)}
    </a>
  );
}

function LabListItem({ lab, props }: { lab: Lab; props: LabsProps }) {
  const done = useDone(lab, props);
  return (
    <li className="rounded-md border border-line p-3" data-testid={`lab-${lab.id}`}>
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold">
          <LabLink lab={lab} onOpen={props.onOpenLab} />
        </h2>
        {done.length === lab.steps.length ? <Badge tone="ok"><CheckIcon /> Completed</Badge> : <span className="text-xs text-muted">{done.length} of {lab.steps.length} steps</span>}
      </div>
      <p className="mt-1 text-xs leading-5 text-muted">{labText(lab.summary, LANG)}</p>
    </li>
  );
}

function StepCard({ lab, step, index, state, props, compact }: { lab: Lab; step: LabStep; index: number; state: 'done' | 'current' | 'todo'; props: LabsProps; compact?: boolean }) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const showMe = () => {
    setBusy(true);
    setProblem(null);
    props
      .onShowMe(lab, step)
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <li aria-labelledby={id} className="space-y-2 rounded-md border border-line p-3" data-testid={`lab-step-${step.id}`} data-state={state}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 id={id} className="text-[13px] font-semibold">
          Step {index + 1} of {lab.steps.length}: {labText(step.title, LANG)}
        </h3>
        {state === 'done' ? (
          <Badge tone="ok"><CheckIcon /> Done</Badge>
        ) : state === 'current' ? (
          <Badge tone="accent">Next</Badge>
        ) : null}
      </div>
      {!compact && <p className="text-xs leading-5">{labText(step.concept, LANG)}</p>}
      <p className="text-xs leading-5">
        <span className="font-semibold">Do: </span>
        {labText(step.task, LANG)}
      </p>
      <details className="text-xs leading-5 text-muted">
        <summary className="cursor-pointer">Hint</summary>
        <p className="mt-1">{labText(step.hint, LANG)}</p>
      </details>
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={showMe} disabled={busy || props.blocker !== null} aria-label={`Show me: ${labText(step.title, LANG)}`} title="Fill the form for this step (it does not send)">
          Show me
        </Button>
        {step.clock && (
          <Button size="sm" variant="secondary" onClick={() => props.onAdvanceClock(step.clock!.advanceSeconds)} disabled={props.blocker !== null}>
            <ClockIcon /> Advance the sandbox clock {formatSeconds(step.clock.advanceSeconds)}
          </Button>
        )}
        <span className="text-xs text-muted">{state === 'done' ? 'Checked from your call.' : 'Checked automatically when you send the matching call.'}</span>
      </div>
      {props.blocker && <p className="text-xs text-muted">{props.blocker}</p>}
      {problem && (
        <p role="alert" className="text-xs text-danger">
          Show me could not fill this step: {problem}
        </p>
      )}
    </li>
  );
}

const formatSeconds = (s: number) => (s % 3600 === 0 ? `${s / 3600} h` : s % 60 === 0 ? `${s / 60} min` : `${s} s`);

function LabDetail({ lab, props }: { lab: Lab; props: LabsProps }) {
  const done = useDone(lab, props);
  const current = lab.steps.find((s) => !done.includes(s.id))?.id;
  return (
    <div className="space-y-3" data-testid="lab-view" data-lab={lab.id}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Button size="sm" variant="ghost" onClick={() => props.onOpenLab(null)}>
          ← All labs
        </Button>
        <Button size="sm" variant="secondary" onClick={() => props.onReset(lab.id)} disabled={done.length === 0}>
          Reset this lab
        </Button>
      </div>
      <h2 className="text-sm font-semibold">{labText(lab.title, LANG)}</h2>
      <p className="text-xs leading-5 text-muted">{labText(lab.summary, LANG)}</p>
      <Meter label="Progress" value={done.length} max={lab.steps.length} valueText={`${done.length} of ${lab.steps.length} steps done`} warnAt={Infinity} dangerAt={Infinity} />
      {done.length === lab.steps.length && (
        <p role="status" className="text-xs font-medium text-ok">
          Lab completed.
        </p>
      )}
      <ol className="space-y-2">
        {lab.steps.map((s, i) => (
          <StepCard key={s.id} lab={lab} step={s} index={i} state={done.includes(s.id) ? 'done' : s.id === current ? 'current' : 'todo'} props={props} />
        ))}
      </ol>
    </div>
  );
}

/** Tools → Labs: the list, or the open lab. */
export function LabsArea(props: LabsProps) {
  const lab = findLab(props.labs, props.openLab);
  return (
    <ToolCard title="Labs" summary="Guided exercises on the sandbox. Each step is checked from the calls you send in this browser; progress is kept on this device as lab and step names only." testId="labs-area">
      {LAB_SET.errors.length > 0 && (
        <div role="alert" className="rounded border border-danger p-2 text-xs text-danger">
          <p className="font-semibold">Some lab files are not valid and are left out:</p>
          <ul className="list-disc pl-4">
            {LAB_SET.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {lab ? (
        <LabDetail lab={lab} props={props} />
      ) : (
        <ul className="space-y-2" aria-label="Labs">
          {props.labs.map((l) => (
            <LabListItem key={l.id} lab={l} props={props} />
          ))}
        </ul>
      )}
    </ToolCard>
  );
}

/** Above the operation form while a lab is open: the lab's next step, with Show me. */
export function LabGuide(props: LabsProps) {
  const lab = findLab(props.labs, props.openLab);
  if (!lab) return null;
  return <Guide lab={lab} props={props} />;
}

function Guide({ lab, props }: { lab: Lab; props: LabsProps }) {
  const done = useDone(lab, props);
  const index = lab.steps.findIndex((s) => !done.includes(s.id));
  const step = lab.steps[index];
  return (
    <section aria-label={`Lab: ${labText(lab.title, LANG)}`} className="space-y-2 rounded-md border border-accent bg-surface p-3" data-testid="lab-guide">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-xs">
          <span className="font-semibold">Lab: </span>
          <LabLink lab={lab} onOpen={(id) => {
            props.onOpenLab(id);
            props.onShowArea();
          }} />{' '}
          <span className="text-muted">
            · {done.length} of {lab.steps.length} steps done
          </span>
        </p>
        <Button size="sm" variant="ghost" onClick={() => props.onOpenLab(null)} aria-label="Close the lab guide">
          Close
        </Button>
      </div>
      {step ? (
        <ol start={index + 1}>
          <StepCard lab={lab} step={step} index={index} state="current" props={props} compact />
        </ol>
      ) : (
        <p role="status" className="text-xs font-medium text-ok">
          Lab completed: every step was checked from your calls.
        </p>
      )}
    </section>
  );
}
