import { Stack, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Schemas } from '@/lib/api/types'
import { ROLES_NAMESPACE } from '../locales'
import { lineNumbers, splitCitations } from './citations'

type ArticleLine = Schemas['Line']

/**
 * A rationale whose citations of the article ("(l.26-27)") show, on hover and on keyboard focus,
 * what the cited lines say: the Japanese sentence, with its English gloss in English.
 */
export function CitedRationale({ text, lines }: { text: string; lines: Map<number, ArticleLine> }) {
  const { t } = useTranslation(ROLES_NAMESPACE)
  return (
    <Text size="sm">
      {splitCitations(text).map((segment, index) => {
        if (!segment.lines) return <span key={index}>{segment.text}</span>
        const cited = lineNumbers(segment.lines)
          .map((n) => lines.get(n))
          .filter((line): line is ArticleLine => line !== undefined)
        if (cited.length === 0) return <span key={index}>{segment.text}</span>
        return (
          <Tooltip
            key={index}
            multiline
            w={380}
            withArrow
            events={{ hover: true, focus: true, touch: true }}
            label={
              <Stack gap={6}>
                {cited.map((line) => (
                  <div key={line.number}>
                    <Text size="xs" fw={700}>
                      {t('citation.line', { number: line.number })}
                    </Text>
                    <Text size="xs" lang="ja">
                      {line.text}
                    </Text>
                    {line.gloss && (
                      <Text size="xs" fs="italic" lang="en">
                        {line.gloss}
                      </Text>
                    )}
                  </div>
                ))}
              </Stack>
            }
          >
            <span
              tabIndex={0}
              role="note"
              aria-label={`${segment.text} ${cited
                .map(
                  (line) =>
                    `${t('citation.line', { number: line.number })}: ${line.gloss ?? line.text}`,
                )
                .join(' ')}`}
              style={{ textDecoration: 'underline dotted', cursor: 'help' }}
            >
              {segment.text}
            </span>
          </Tooltip>
        )
      })}
    </Text>
  )
}
