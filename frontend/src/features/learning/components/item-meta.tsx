import { Badge, Group, Text, VisuallyHidden } from '@mantine/core'
import { IconClock, IconLanguage } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { LearningItem } from '../api/types'
import { LEARNING_NAMESPACE } from '../locales'
import { formatNumber } from '@/lib/format'

const KIND_COLORS: Record<string, string> = {
  certification: 'grape',
  exam: 'violet',
  course: 'blue',
  book: 'orange',
  lab: 'teal',
  documentation: 'gray',
}

export function KindBadge({ kind }: { kind: string }) {
  // the kinds are named in the common bundle: the same words in every feature
  const { t } = useTranslation()
  return (
    <Badge variant="light" color={KIND_COLORS[kind] ?? 'gray'}>
      {t(`itemKind.${kind}`, { defaultValue: kind })}
    </Badge>
  )
}

/** Kind, provider, hours, free/paid and languages of a learning item, in one wrapping row. */
export function ItemMeta({ item }: { item: LearningItem }) {
  const { t } = useTranslation(LEARNING_NAMESPACE)
  return (
    <Group gap="xs" wrap="wrap">
      <KindBadge kind={item.kind} />
      <Badge variant="outline" color={item.cost === 'free' ? 'teal' : 'gray'}>
        {t(`cost.${item.cost}`, { defaultValue: item.cost })}
      </Badge>
      <Group gap={4} wrap="nowrap">
        <IconClock size={14} aria-hidden="true" />
        <Text size="sm" c="dimmed">
          {t('item.hours', { hours: formatNumber(item.hours) })}
        </Text>
      </Group>
      {item.languages.length > 0 && (
        <Group gap={4} wrap="nowrap">
          <IconLanguage size={14} aria-hidden="true" />
          <Text size="sm" c="dimmed">
            <VisuallyHidden>{t('item.languagesLabel')} </VisuallyHidden>
            {item.languages
              .map((language) => t(`language.${language}`, { defaultValue: language }))
              .join(' / ')}
          </Text>
        </Group>
      )}
    </Group>
  )
}
