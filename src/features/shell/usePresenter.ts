import { useCallback, useEffect, useState } from 'react';
import { applyPresenter, readStoredPresenter, storePresenter } from './presenter';
import { choiceStorage } from '../../state/storedChoice';

export interface PresenterControl {
  on: boolean;
  toggle: () => void;
}

export function usePresenter(): PresenterControl {
  const [on, setOn] = useState(() => readStoredPresenter(choiceStorage()));
  useEffect(() => applyPresenter(on), [on]);
  const toggle = useCallback(() => {
    setOn((was) => {
      storePresenter(choiceStorage(), !was);
      return !was;
    });
  }, []);
  return { on, toggle };
}
