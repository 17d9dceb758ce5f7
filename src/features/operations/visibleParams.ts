import type { OperationSpec, ParamSpec } from '../../catalog/types';

/** The parameters an operation's form shows: all but TransitiveTagKeys, which is edited in the tags editor. */
export const visibleParams = (spec: OperationSpec): ParamSpec[] => spec.params.filter((p) => p.widget !== 'transitiveTagKeys');
