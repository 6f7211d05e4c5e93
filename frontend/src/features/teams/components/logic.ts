import type { CoverageResponseRow, CoverageRow, ProgressWeek } from '../api/types'

/**
 * Level colours of the heatmap: light backgrounds with black text (above 7:1 in either colour
 * scheme), and the level is always written in the cell, so colour is never the only cue.
 */
const BACKGROUNDS = [
  'var(--mantine-color-gray-1)',
  'var(--mantine-color-red-1)',
  'var(--mantine-color-orange-1)',
  'var(--mantine-color-yellow-2)',
  'var(--mantine-color-teal-2)',
  'var(--mantine-color-green-3)',
] as const

export function levelBackground(level: number): string {
  return BACKGROUNDS[Math.max(0, Math.min(5, Math.round(level)))]
}

export const UNVALIDATED_MARK = '*'
export const STALE_MARK = '°'

/** The rows with their counts, or null when the server hid them (a member of a small team). */
export function withCounts(rows: CoverageResponseRow[]): CoverageRow[] | null {
  const counted = rows.filter((row): row is CoverageRow =>
    [
      row.holders,
      row.met,
      row.busFactor,
      row.singlePointOfFailure,
      row.experts,
      row.practitioners,
      row.novices,
      row.risk,
    ].every((value) => value !== null),
  )
  return counted.length === rows.length ? counted : null
}

/** Riskiest first: the skills a lead should look at before the others. */
export function byRisk(rows: CoverageRow[]): CoverageRow[] {
  return [...rows].sort((a, b) => b.risk - a.risk || a.name.localeCompare(b.name))
}

export function riskColor(risk: number): string {
  return risk >= 67 ? 'red' : risk >= 34 ? 'orange' : 'teal'
}

/** Coverage met (share of targets) of a week; 0 when the team had no targets. */
export function coverageShare(week: ProgressWeek): number {
  return week.coverageTotal > 0 ? (week.coverageMet ?? 0) / week.coverageTotal : 0
}

/** `roleMix[0].roleCode` (the server's field) → `roleMix.0.roleCode` (the form's path). */
export function formPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1')
}
