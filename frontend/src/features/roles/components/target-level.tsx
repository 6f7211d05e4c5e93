import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ROLES_NAMESPACE } from '../locales'

/** "4" with five small pips, 4 of them filled. */
export function TargetLevel({ level }: { level: number }) {
  const { t } = useTranslation(ROLES_NAMESPACE)
  return (
    <Group gap={6} wrap="nowrap" aria-label={t('target.label', { level })} role="img">
      <Text fw={600} w={12} aria-hidden="true">
        {level}
      </Text>
      <Group gap={2} wrap="nowrap" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((pip) => (
          <span
            key={pip}
            style={{
              width: 8,
              height: 8,
              borderRadius: 2,
              background:
                pip <= level ? 'var(--mantine-color-blue-6)' : 'var(--mantine-color-gray-3)',
            }}
          />
        ))}
      </Group>
    </Group>
  )
}
