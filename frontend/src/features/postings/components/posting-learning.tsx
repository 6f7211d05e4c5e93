import {
  Anchor,
  Badge,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { IconExternalLink } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Recommendation } from '../api/types'
import { POSTINGS_NAMESPACE } from '../locales'

export interface PostingLearningProps {
  items: Recommendation[]
  /** whether the posting asks for any skill (else "nothing to learn" would read as "all met") */
  asksForSkills?: boolean
}

/** Learning items that close the gap to the posting, each with the server's localized reason. */
export function PostingLearning({ items, asksForSkills = true }: PostingLearningProps) {
  const { t } = useTranslation(POSTINGS_NAMESPACE)
  const { t: common } = useTranslation()

  if (items.length === 0) {
    return (
      <Text c="dimmed">
        {asksForSkills ? t('report.learning.empty') : t('report.learning.noSkills')}
      </Text>
    )
  }

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      {items.map((item) => (
        <Card key={item.code} withBorder radius="md" padding="sm" component="article">
          <Stack gap={6} h="100%">
            <Group gap={6}>
              <Badge variant="light" size="sm">
                {common(`itemKind.${item.kind}`, { defaultValue: item.kind })}
              </Badge>
              <Badge variant="outline" color={item.cost === 'free' ? 'teal' : 'gray'} size="sm">
                {t(`report.learning.cost.${item.cost}`, { defaultValue: item.cost })}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('report.learning.hours', { count: item.hours })}
              </Text>
            </Group>
            <Title order={4} size="h5">
              {item.url ? (
                <Anchor href={item.url} target="_blank" rel="noopener noreferrer" inherit>
                  {item.title}
                  <IconExternalLink
                    size={14}
                    aria-hidden="true"
                    style={{ marginLeft: 4, verticalAlign: 'middle' }}
                  />
                  <VisuallyHidden>{t('report.learning.newTab')}</VisuallyHidden>
                </Anchor>
              ) : (
                item.title
              )}
            </Title>
            <Text size="xs" c="dimmed">
              {item.provider}
            </Text>
            <Text size="sm">{item.reason}</Text>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  )
}
