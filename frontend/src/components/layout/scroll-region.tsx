import type { ReactNode } from 'react'
import { Box, Stack, Text } from '@mantine/core'

export interface ScrollRegionProps {
  /** the region's accessible name (what is in it) */
  label: string
  /** a visible cue that the content scrolls sideways (shown on small screens) */
  hint?: string
  children: ReactNode
}

/**
 * A wide table that scrolls sideways inside itself, so the page never does: a labelled region
 * that takes keyboard focus (arrow keys scroll it), with a visible cue on phones.
 */
export function ScrollRegion({ label, hint, children }: ScrollRegionProps) {
  return (
    <Stack gap={4} miw={0}>
      {hint && (
        <Text size="xs" c="dimmed" hiddenFrom="md">
          {hint}
        </Text>
      )}
      <Box
        role="region"
        aria-label={label}
        tabIndex={0}
        maw="100%"
        // relative: the containing block of absolutely positioned content (visually hidden text),
        // which would otherwise escape the scroll box and widen the page
        style={{ position: 'relative', overflowX: 'auto', overscrollBehaviorX: 'contain' }}
      >
        {children}
      </Box>
    </Stack>
  )
}
