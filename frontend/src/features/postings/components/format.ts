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
