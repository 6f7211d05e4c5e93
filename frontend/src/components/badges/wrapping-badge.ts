import type { BadgeProps } from '@mantine/core'

/**
 * Props for a badge that holds a phrase rather than a word (a reason, a gap, a role name): it
 * wraps onto a second line instead of cutting the text short with "…" on a narrow screen.
 */
export const WRAPPING_BADGE: Partial<BadgeProps> = {
  h: 'auto',
  mih: 'var(--badge-height)',
  maw: '100%',
  py: 2,
  styles: { label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35 } },
}
