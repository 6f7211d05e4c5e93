import { Group, Text, Tooltip } from '@mantine/core'
import type { MySkill } from '../api/types'
import { useLevelProvenance } from './format'

export interface LevelProvenanceProps {
  entry: Pick<MySkill, 'level' | 'source' | 'validation'>
  size?: 'xs' | 'sm'
}

/** The provenance line of a level, with the mentor's note as a tooltip. */
export function LevelProvenance({ entry, size = 'sm' }: LevelProvenanceProps) {
  const provenance = useLevelProvenance()
  const text = provenance(entry)
  if (!text) return null
  const note = entry.validation?.note
  const line = (
    <Text
      size={size}
      c={entry.validation && !entry.validation.current ? 'orange.8' : 'dimmed'}
      data-testid="level-provenance"
    >
      {text}
    </Text>
  )
  return (
    <Group gap={4}>
      {note ? (
        <Tooltip label={note} multiline w={280} withArrow>
          {line}
        </Tooltip>
      ) : (
        line
      )}
    </Group>
  )
}
