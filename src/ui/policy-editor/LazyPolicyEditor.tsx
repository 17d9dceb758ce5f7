/**
 * The policy editor as the forms load it: its toolbar, templates and size meter are split out of the
 * first screen (lazyPart prefetches them when the page is idle). Until they arrive the field is the
 * same plain textarea the editor itself starts with, so typing works at once and nothing moves.
 */
import { Suspense, useState } from 'react';
import { lazyPart } from '../lazyPart';
import type { PolicyEditorProps } from './PolicyEditor';

const PolicyEditor = lazyPart<PolicyEditorProps>(() => import('./PolicyEditor').then((m) => m.PolicyEditor));

export function LazyPolicyEditor(props: PolicyEditorProps) {
  // The field focused before the editor's code arrived (a page opened on this operation): the editor then
  // opens in Monaco with the focus, as it would have had its textarea been focused.
  const [focused, setFocused] = useState(false);
  const fallback = (
    <div className="space-y-1">
      <div className="h-6" aria-hidden="true" />
      <textarea
        {...props.control}
        autoComplete="off"
        spellCheck={false}
        rows={props.kind === 'trust' ? 10 : 6}
        className="input resize-y font-mono text-xs"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        data-testid={props.textareaTestId}
      />
    </div>
  );
  return (
    <Suspense fallback={fallback}>
      <PolicyEditor {...props} startRich={props.startRich || focused} />
    </Suspense>
  );
}
