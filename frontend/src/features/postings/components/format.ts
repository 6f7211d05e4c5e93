export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    value,
  )
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value)
}

export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso))
}

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  )
}

export function formatShortDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'numeric', day: 'numeric' }).format(
    new Date(iso),
  )
}

/** Mantine color for a gap: met, 1, 2, 3 or more. */
export function gapColor(gap: number): string {
  if (gap <= 0) return 'teal'
  if (gap === 1) return 'yellow'
  if (gap === 2) return 'orange'
  return 'red'
}

const SECTION_COLORS: Record<string, string> = {
  required: 'red',
  preferred: 'blue',
  duties: 'grape',
  technologies: 'cyan',
}

export function sectionColor(section: string): string {
  return SECTION_COLORS[section] ?? 'gray'
}

export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(iso))
}
