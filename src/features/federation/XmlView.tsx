import { useLingui } from '@lingui/react';
import { Text } from '../../i18n/Text';
import { quotedEnglish } from '../../kernel/message';
import { memo, useMemo } from 'react';
import { prettyXml, xmlLinesToText, type XmlTokenKind } from '../../inspect/saml/xml-pretty';
import { CopyButton } from '../../ui/CopyButton';

const COLOR: Record<XmlTokenKind, string> = {
  punct: 'text-muted',
  tag: 'text-accent',
  attr: 'text-warn',
  value: 'text-ok',
  text: 'text-fg',
  comment: 'text-muted italic',
  pi: 'text-muted',
  cdata: 'text-fg',
};

/**
 * Pretty-printed, highlighted XML. Every token is a React text node: nothing in the document is
 * ever interpreted as markup.
 */
export const XmlView = memo(function XmlView({ xml, label }: { xml: string; label: string }) {
  const { i18n } = useLingui();
  const lines = useMemo(() => prettyXml(xml), [xml]);
  // The XML parser's own diagnostic, in English.
  if (!lines.ok) return <p className="text-xs text-danger"><Text m={quotedEnglish(lines.error)} /></p>;
  return (
    <div className="relative">
      <pre
        tabIndex={0}
        aria-label={label}
        data-testid="xml-view"
        translate="no"
        className="max-h-96 overflow-auto rounded border border-line bg-code p-2 pr-9 font-mono text-[11px] leading-4 whitespace-pre-wrap break-all"
      >
        {lines.value.map((line, i) => (
          <div key={i} style={{ paddingLeft: `${line.depth * 2}ch` }}>
            {line.tokens.map((t, j) => (
              <span key={j} className={COLOR[t.kind]}>
                {t.text}
              </span>
            ))}
          </div>
        ))}
      </pre>
      <CopyButton text={() => xmlLinesToText(lines.value)} label={i18n._({ id: 'xmlView.copy', message: 'Copy the pretty-printed XML' })} className="absolute top-1 right-1" />
    </div>
  );
});
