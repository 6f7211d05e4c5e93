import type { SkillGap } from '../api/types'

/** A row of a role's gaps: one requirement, or one group of alternatives shown as a single row. */
export interface GapRow extends SkillGap {
  /** The skill's name, or for a group its members' names (the one that counts first). */
  names: string[]
}

/**
 * One row per requirement that counts: a group of alternatives (Linux or Windows server
 * administration, say) becomes one row, at the level of its best member, which carries the group's gap.
 */
export function gapRows(gaps: SkillGap[]): GapRow[] {
  const names = new Map(gaps.map((gap) => [gap.skillCode, gap.skillName]))
  return gaps
    .filter((gap) => gap.counted ?? true)
    .map((gap) => ({
      ...gap,
      names: [gap.skillName, ...(gap.alternatives ?? []).map((code) => names.get(code) ?? code)],
    }))
}
