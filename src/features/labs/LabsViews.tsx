/**
 * The Labs area (the list of labs with progress, one lab's steps) and the lab guide shown above the
 * operation form while a lab is open. Thin: which steps are done comes from the pure checker
 * (src/labs/check.ts) over the calls of this visit; filling the form is the shell's onShowMe.
 */
import { Trans, useLingui } from '@lingui/react';
import { useEffect, useId, useState } from 'react';
import { formatSpan } from '../../i18n/format';
import { Text } from '../../i18n/Text';
import type { Message, Words } from '../../kernel/message';
import { doneSteps, type LabEvent } from '../../labs/check';
import { labText, type Lab, type LabStep } from '../../labs/format';
import type { LabProgress } from '../../labs/progress';
import { ShowMeError } from '../../labs/show-me';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CheckIcon, ClockIcon } from '../../ui/icons';
import { LabWords } from '../../ui/LabWords';
import { Meter } from '../../ui/Meter';
import { ToolCard } from '../../ui/ToolCard';
import { LAB_SET } from './labFiles';

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
  /** Fill the step's form (never sends); rejects with a ShowMeError whose text is shown. */
  onShowMe: (lab: Lab, step: LabStep) => Promise<void>;
  /** The Labs area is on screen: the lab files are wanted now, not when the page is next idle. */
  onNeedLabs: () => void;
  onAdvanceClock: (seconds: number) => void;
  /** Why Show me cannot work now (no sandbox yet, or the target is AWS), or null. */
  blocker: Message | null;
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
      <LabWords text={lab.title} />
    </a>
  );
}

/** "2 of 5 steps" (or "… steps done"), one truth for the list, the meter and the guide. */
function stepsDone(done: number, total: number): Message {
  return /*i18n*/ { id: 'labs.stepsDone', message: '{done} of {total, plural, one {# step} other {# steps}} done', values: { done, total } };
}

function LabListItem({ lab, props }: { lab: Lab; props: LabsProps }) {
  const { i18n } = useLingui();
  const done = useDone(lab, props);
  return (
    <li className="rounded-md border border-line p-3" data-testid={`lab-${lab.id}`}>
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold">
          <LabLink lab={lab} onOpen={props.onOpenLab} />
        </h2>
        {done.length === lab.steps.length ? (
          <Badge tone="ok">
            <CheckIcon /> {i18n._({ id: 'labs.completedBadge', message: 'Completed' })}
          </Badge>
        ) : (
          <span className="text-xs text-muted">{i18n._(stepsDone(done.length, lab.steps.length))}</span>
        )}
      </div>
      <p className="mt-1 text-xs leading-5 text-muted">
        <LabWords text={lab.summary} />
      </p>
    </li>
  );
}

function StepCard({ lab, step, index, state, props, compact }: { lab: Lab; step: LabStep; index: number; state: 'done' | 'current' | 'todo'; props: LabsProps; compact?: boolean }) {
  const id = useId();
  const { i18n } = useLingui();
  const [problem, setProblem] = useState<Words | null>(null);
  const [busy, setBusy] = useState(false);
  const showMe = () => {
    setBusy(true);
    setProblem(null);
    props
      .onShowMe(lab, step)
      // A ShowMeError says why in the reader's language; anything else (a network failure) is the browser's text.
      .catch((e: unknown) => setProblem(e instanceof ShowMeError ? e.text : e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <li aria-labelledby={id} className="space-y-2 rounded-md border border-line p-3" data-testid={`lab-step-${step.id}`} data-state={state}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 id={id} className="text-[13px] font-semibold">
          <Trans id="labs.stepHeading" message="Step {number} of {total}: {title}" values={{ number: index + 1, total: lab.steps.length, title: <LabWords text={step.title} /> }} />
        </h3>
        {state === 'done' ? (
          <Badge tone="ok">
            <CheckIcon /> {i18n._({ id: 'labs.stepDone', message: 'Done' })}
          </Badge>
        ) : state === 'current' ? (
          <Badge tone="accent">{i18n._({ id: 'labs.stepNext', message: 'Next' })}</Badge>
        ) : null}
      </div>
      {!compact && (
        <p className="text-xs leading-5">
          <LabWords text={step.concept} />
        </p>
      )}
      <p className="text-xs leading-5">
        <span className="font-semibold">{i18n._({ id: 'labs.task', message: 'Do:' })} </span>
        <LabWords text={step.task} />
      </p>
      <details className="text-xs leading-5 text-muted">
        <summary className="cursor-pointer">{i18n._({ id: 'labs.hint', message: 'Hint' })}</summary>
        <p className="mt-1">
          <LabWords text={step.hint} />
        </p>
      </details>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          onClick={showMe}
          disabled={busy || props.blocker !== null}
          aria-label={i18n._({ id: 'labs.showMe.named', message: 'Show me: {title}', values: { title: labText(step.title, i18n.locale) } })}
          title={i18n._({ id: 'labs.showMe.title', message: 'Fill the form for this step (it does not send)' })}
        >
          {i18n._({ id: 'labs.showMe', message: 'Show me' })}
        </Button>
        {step.clock && (
          <Button size="sm" variant="secondary" onClick={() => props.onAdvanceClock(step.clock!.advanceSeconds)} disabled={props.blocker !== null}>
            <ClockIcon /> {i18n._({ id: 'labs.advanceClock', message: 'Advance the sandbox clock {span}', values: { span: formatSpan(i18n.locale, step.clock.advanceSeconds) } })}
          </Button>
        )}
        <span className="text-xs text-muted">
          {state === 'done' ? i18n._({ id: 'labs.checkedFromCall', message: 'Checked from your call.' }) : i18n._({ id: 'labs.checkedAutomatically', message: 'Checked automatically when you send the matching call.' })}
        </span>
      </div>
      {props.blocker && (
        <p className="text-xs text-muted">
          <Text m={props.blocker} />
        </p>
      )}
      {problem && (
        <p role="alert" className="text-xs text-danger">
          {i18n._({ id: 'labs.showMe.failed', message: 'Show me could not fill this step:' })}{' '}
          {typeof problem === 'string' ? (
            <span lang="en" translate="no">
              {problem}
            </span>
          ) : (
            <Text m={problem} />
          )}
        </p>
      )}
    </li>
  );
}

function LabDetail({ lab, props }: { lab: Lab; props: LabsProps }) {
  const { i18n } = useLingui();
  const done = useDone(lab, props);
  const current = lab.steps.find((s) => !done.includes(s.id))?.id;
  return (
    <div className="space-y-3" data-testid="lab-view" data-lab={lab.id}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Button size="sm" variant="ghost" onClick={() => props.onOpenLab(null)}>
          {i18n._({ id: 'labs.allLabs', message: '← All labs' })}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => props.onReset(lab.id)} disabled={done.length === 0}>
          {i18n._({ id: 'labs.reset', message: 'Reset this lab' })}
        </Button>
      </div>
      <h2 className="text-sm font-semibold">
        <LabWords text={lab.title} />
      </h2>
      <p className="text-xs leading-5 text-muted">
        <LabWords text={lab.summary} />
      </p>
      <Meter label={i18n._({ id: 'labs.progress', message: 'Progress' })} value={done.length} max={lab.steps.length} valueText={i18n._(stepsDone(done.length, lab.steps.length))} warnAt={Infinity} dangerAt={Infinity} />
      {done.length === lab.steps.length && (
        <p role="status" className="text-xs font-medium text-ok">
          {i18n._({ id: 'labs.completed', message: 'Lab completed.' })}
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
  const { i18n } = useLingui();
  const lab = findLab(props.labs, props.openLab);
  return (
    <ToolCard
      title={i18n._({ id: 'tools.labs', message: 'Labs' })}
      summary={i18n._({ id: 'labs.areaSummary', message: 'Guided exercises on the sandbox. Each step is checked from the calls you send in this browser; progress is kept on this device as lab and step names only.' })}
      testId="labs-area"
    >
      {LAB_SET.errors.length > 0 && (
        <div role="alert" className="rounded border border-danger p-2 text-xs text-danger">
          <p className="font-semibold">{i18n._({ id: 'labs.invalidFiles', message: 'Some lab files are not valid and are left out:' })}</p>
          <ul className="list-disc pl-4">
            {LAB_SET.errors.map((e, i) => (
              <li key={i}>
                <Text m={e} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {lab ? (
        <LabDetail lab={lab} props={props} />
      ) : (
        <ul className="space-y-2" aria-label={i18n._({ id: 'tools.labs', message: 'Labs' })}>
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
  const { i18n } = useLingui();
  const done = useDone(lab, props);
  const index = lab.steps.findIndex((s) => !done.includes(s.id));
  const step = lab.steps[index];
  return (
    <section aria-label={i18n._({ id: 'labs.guideName', message: 'Lab: {title}', values: { title: labText(lab.title, i18n.locale) } })} className="space-y-2 rounded-md border border-accent bg-surface p-3" data-testid="lab-guide">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-xs">
          <span className="font-semibold">{i18n._({ id: 'labs.guideKicker', message: 'Lab:' })} </span>
          <LabLink lab={lab} onOpen={(id) => {
            props.onOpenLab(id);
            props.onShowArea();
          }} />{' '}
          <span className="text-muted">
            · {i18n._(stepsDone(done.length, lab.steps.length))}
          </span>
        </p>
        <Button size="sm" variant="ghost" onClick={() => props.onOpenLab(null)} aria-label={i18n._({ id: 'labs.closeGuide', message: 'Close the lab guide' })}>
          {i18n._({ id: 'labs.close', message: 'Close' })}
        </Button>
      </div>
      {step ? (
        <ol start={index + 1}>
          <StepCard lab={lab} step={step} index={index} state="current" props={props} compact />
        </ol>
      ) : (
        <p role="status" className="text-xs font-medium text-ok">
          {i18n._({ id: 'labs.completedGuide', message: 'Lab completed: every step was checked from your calls.' })}
        </p>
      )}
    </section>
  );
}
