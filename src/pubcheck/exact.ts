/** Placeholder while the least-cost search is written. */
import type { Highs } from 'highs';
import type { AuditRequirement } from './audit.ts';
import type { System } from './system.ts';

export function exactSuppression(_highs: Highs, _sys: System, _req: AuditRequirement, _start: ReadonlySet<number>, _seconds: number): { hidden: Set<number>; optimal: boolean } | undefined {
  return undefined;
}
