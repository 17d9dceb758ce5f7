/** The Labs area and the lab guide above the form, each loaded with the first lab opened (the labs are not in the first screen). */
import { Suspense, lazy, useEffect } from 'react';
import type { LabsProps } from './LabsViews';

const LabsArea = lazy(() => import('./LabsViews').then((m) => ({ default: m.LabsArea })));
const LabGuide = lazy(() => import('./LabsViews').then((m) => ({ default: m.LabGuide })));

export function LabsAreaSlot(props: LabsProps) {
  const { onNeedLabs } = props;
  useEffect(onNeedLabs, [onNeedLabs]);
  return (
    <Suspense fallback={null}>
      <LabsArea {...props} />
    </Suspense>
  );
}

/** Nothing until a lab is open. */
export function LabGuideSlot(props: LabsProps) {
  if (props.openLab === null) return null;
  return (
    <Suspense fallback={null}>
      <LabGuide {...props} />
    </Suspense>
  );
}
