import { useEffect, useRef, useState } from 'react';
import type { CredentialSet } from '../../credentials/credential-set';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { Tabs } from '../../ui/Tabs';
import { EXPORT_TABS, exportText, type ExportKey } from './exportFormats';

function download(name: string, mime: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The only place a set's secret and session token are shown: one tab per format, Copy and Download. */
export function ExportDialog({ set, onClose }: { set: CredentialSet | null; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<ExportKey>('bash');
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (set && !d.open) d.showModal();
    else if (!set && d.open) d.close();
  }, [set]);
  const out = set ? exportText(set, tab) : null;
  const label = EXPORT_TABS.find((t) => t.key === tab)?.label ?? tab;
  return (
    <dialog
      ref={dialog}
      aria-label={set ? `Export ${set.name}` : 'Export'}
      onClose={onClose}
      className="fixed inset-x-0 top-[8vh] mx-auto w-[min(720px,94vw)] rounded-lg border border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/40"
    >
      {set && out && (
        <div>
          <div className="flex items-center gap-2 border-b border-line px-3 py-2">
            <h2 className="flex-1 truncate text-sm font-semibold">Export {set.name}</h2>
            <Button size="sm" variant="ghost" onClick={onClose}>
              Close
            </Button>
          </div>
          <Tabs tabs={EXPORT_TABS} selected={tab} onSelect={setTab} label="Export format">
            <div className="space-y-2 p-3">
              <p className="text-xs text-muted">{out.help}</p>
              <pre tabIndex={0} aria-label={`${label} export`} className="max-h-80 overflow-auto rounded border border-line bg-code p-2 font-mono text-[11px] leading-4 break-all whitespace-pre-wrap text-fg">
                {out.text}
              </pre>
              {out.notes && (
                <ul className="space-y-1 text-xs text-muted">
                  {out.notes.map((n) => (
                    <li key={n} className="break-all">{n}</li>
                  ))}
                </ul>
              )}
              <div className="flex gap-1">
                <CopyButton text={() => out.text} label={`Copy ${label} export`} showText="Copy" size="md" />
                <Button onClick={() => download(out.fileName, out.mime, out.text)} aria-label={`Download ${label} export`}>
                  Download
                </Button>
              </div>
              <p className="text-xs text-muted">These are live secrets: anyone holding them acts as {set.identity.arn || 'this identity'} until they expire.</p>
            </div>
          </Tabs>
        </div>
      )}
    </dialog>
  );
}
