import { Fragment } from 'react'
import { Box } from '@mantine/core'
import type { Segment } from '../api/types'
import classes from './postings.module.css'

export interface PostingTextProps {
  segments: Segment[]
  /** skill code -> localized skill name (the marks' tooltip) */
  skillNames: Record<string, string>
  activeSkill: string | null
  onActivate: (skillCode: string | null) => void
  label: string
}

/**
 * The posting as plain React text nodes, matched terms in <mark>. The posting is untrusted input:
 * it is never parsed as HTML, so "<script>" shows as those characters.
 */
export function PostingText({
  segments,
  skillNames,
  activeSkill,
  onActivate,
  label,
}: PostingTextProps) {
  return (
    <Box className={classes.text} role="region" aria-label={label} data-testid="posting-text">
      {segments.map((segment, index) =>
        segment.skillCode ? (
          <mark
            key={index}
            className={classes.mark}
            data-skill={segment.skillCode}
            data-active={activeSkill === segment.skillCode || undefined}
            title={skillNames[segment.skillCode] ?? segment.skillCode}
            onMouseEnter={() => onActivate(segment.skillCode)}
            onMouseLeave={() => onActivate(null)}
          >
            {segment.text}
          </mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </Box>
  )
}
