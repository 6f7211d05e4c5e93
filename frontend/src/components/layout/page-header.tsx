import type { ReactNode } from 'react'
import { Group, Stack, Text, ThemeIcon, Title } from '@mantine/core'

export interface PageHeaderProps {
  title: string
  /** a Tabler icon (about 22 px), shown in a tinted square before the title */
  icon?: ReactNode
  description?: ReactNode
}

/** The page's h1 with its icon and a short description under it. */
export function PageHeader({ title, icon, description }: PageHeaderProps) {
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="nowrap" align="center">
        {icon && (
          <ThemeIcon size={40} radius="md" variant="light" aria-hidden="true">
            {icon}
          </ThemeIcon>
        )}
        <Title order={1}>{title}</Title>
      </Group>
      {description && (
        <Text c="dimmed" maw={760}>
          {description}
        </Text>
      )}
    </Stack>
  )
}
