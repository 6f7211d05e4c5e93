import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core'
import { IconChevronDown, IconLogout, IconSettings, IconUser } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLogout, useUser } from '../api/use-auth'
import { AUTH_NAMESPACE } from '../locales'

/** Avatar + name; the menu shows the email and the logout action. */
export function UserMenu() {
  const { t } = useTranslation(AUTH_NAMESPACE)
  const { data: user } = useUser()
  const logoutMutation = useLogout()
  if (!user) return null

  return (
    <Menu position="bottom-end" width={300} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('userMenu.label', { name: user.displayName })}
          px={6}
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Group gap={8} wrap="nowrap">
            {/* an icon, not initials: the button's text is then exactly the name its label holds */}
            <Avatar radius="xl" size={30} color="blue" aria-hidden="true">
              <IconUser size={18} />
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate="end">
              {user.displayName}
            </Text>
            <Box component="span" visibleFrom="sm" display="flex">
              <IconChevronDown size={14} aria-hidden="true" />
            </Box>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('userMenu.signedInAs')}</Menu.Label>
        {/* the whole address, wrapped anywhere if need be: never cut off */}
        <Text size="sm" px="sm" pb="xs" style={{ overflowWrap: 'anywhere' }}>
          {user.email}
        </Text>
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to="/settings"
          leftSection={<IconSettings size={16} aria-hidden="true" />}
        >
          {t('userMenu.settings')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden="true" />}
          onClick={() => logoutMutation.mutate()}
        >
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
