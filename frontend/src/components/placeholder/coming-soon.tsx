import type { ReactNode } from 'react'
import { Badge, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

export interface ComingSoonProps {
  title: string
  description: string
  /** what the finished page will let the user do */
  capabilities: string[]
  icon?: ReactNode
}

/** A clearly labelled placeholder for a feature that is not built yet. */
export function ComingSoon({ title, description, capabilities, icon }: ComingSoonProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="lg" maw={760}>
      <Group gap="sm" wrap="nowrap" align="center">
        {icon && (
          <ThemeIcon size={40} radius="md" variant="light" aria-hidden="true">
            {icon}
          </ThemeIcon>
        )}
        <Title order={1}>{title}</Title>
        <Badge variant="light" color="orange" size="lg">
          {t('comingSoon.badge')}
        </Badge>
      </Group>
      <Text size="lg" c="dimmed">
        {description}
      </Text>
      <Card withBorder radius="md" padding="lg">
        <Text fw={600} mb="sm">
          {t('comingSoon.lead')}
        </Text>
        <List
          spacing="xs"
          icon={
            <ThemeIcon size={20} radius="xl" variant="light" color="teal" aria-hidden="true">
              <IconCircleCheck size={14} />
            </ThemeIcon>
          }
        >
          {capabilities.map((capability) => (
            <List.Item key={capability}>{capability}</List.Item>
          ))}
        </List>
      </Card>
    </Stack>
  )
}
