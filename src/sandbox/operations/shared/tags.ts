/** Session-tag rules the server enforces beyond the model (reference §2.1). */
import type { Tag } from '@aws-sdk/client-sts';
import { stsError } from '../../core/errors';
import type { SessionClaims, SessionTag } from '../../session/types';

/** The SDK's Tag has optional members; after validation both are present. */
export function toSessionTags(tags: Tag[] | undefined): SessionTag[] {
  return (tags ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' }));
}

export function checkRequestTags(tags: SessionTag[], transitiveTagKeys: string[], caller: SessionClaims | null): void {
  const seen = new Set<string>();
  for (const t of tags) {
    const k = t.Key.toLowerCase();
    if (seen.has(k)) throw stsError('InvalidParameterValue', 'Duplicate tag keys found. Please note that Tag keys are case insensitive.');
    seen.add(k);
  }
  for (const key of transitiveTagKeys) {
    if (!seen.has(key.toLowerCase())) throw stsError('InvalidParameterValue', 'The specified transitive tag key must be included in the requested tags.');
  }
  if (caller) {
    const inherited = new Set(caller.transitiveTagKeys.map((k) => k.toLowerCase()));
    if (tags.some((t) => inherited.has(t.Key.toLowerCase()))) {
      throw stsError(
        'InvalidParameterValue',
        "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
      );
    }
  }
}

/** Tags that follow a session into the next one: the caller's transitive tags. */
export function inheritedTransitiveTags(caller: SessionClaims | null): { tags: SessionTag[]; keys: string[] } {
  if (!caller) return { tags: [], keys: [] };
  const keys = new Set(caller.transitiveTagKeys.map((k) => k.toLowerCase()));
  return { tags: caller.tags.filter((t) => keys.has(t.Key.toLowerCase())), keys: caller.transitiveTagKeys };
}
