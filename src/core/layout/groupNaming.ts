/**
 * What the names over a sheet's column groups say about them (docs/domain.md, "Repeated blocks of
 * columns are not always places"): units of an area, whose figures add up to the total group's,
 * or blocks of different measures or periods, each checked on its own.
 */
import { readGroupName } from '../groupNames';
import { isTotalName } from '../totalNames';
import type { ColumnGroups } from './columnGroups';

/**
 * `places`: a total group named so and every other group a place; `measures`: some group names a
 * measure, a unit or a period, so the groups are never summed; `unnamed`: the names say neither,
 * and only the figures can show that the total group is the others' sum.
 */
export type GroupNaming = 'places' | 'measures' | 'unnamed';

/** `isPlaceElsewhere`: whether the workbook uses the name for a place elsewhere (one of its other sheets). */
export function groupNaming(groups: ColumnGroups, isPlaceElsewhere: (name: string) => boolean): GroupNaming {
  const totalNamed = isTotalName(groups.total.name);
  const named = totalNamed ? groups.units : [groups.total, ...groups.units];
  const readings = named.map((group) => readGroupName(group.name));
  if (readings.includes('measure')) return 'measures';
  const places = readings.every((reading, i) => reading === 'place' || isPlaceElsewhere(named[i]!.name));
  return totalNamed && places ? 'places' : 'unnamed';
}
