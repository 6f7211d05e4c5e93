import type { ReactNode } from 'react'
import { Box, Container, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Logo } from './logo'

export interface PublicLayoutProps {
  headerActions?: ReactNode
  children: ReactNode
}

/** Layout for pages seen before logging in: a slim header and a centred column. */
export function PublicLayout({ headerActions, children }: PublicLayoutProps) {
  const { t } = useTranslation()
  return (
    <Box mih="100dvh" bg="var(--mantine-color-body)">
      <Box
        component="header"
        px="md"
        py="sm"
        bg="var(--mantine-color-body)"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Logo />
          <Group gap="xs">{headerActions}</Group>
        </Group>
      </Box>
      <Container component="main" size={440} py={{ base: 'lg', sm: 48 }} px="md">
        <Text c="dimmed" ta="center" mb="lg" size="sm">
          {t('tagline')}
        </Text>
        {children}
      </Container>
    </Box>
  )
}
