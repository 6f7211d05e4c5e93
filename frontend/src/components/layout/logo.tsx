import { Group, Text } from '@mantine/core'

export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 32 32"
      fill="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-blue-filled)" />
      <rect x="7" y="17" width="4" height="8" rx="1.5" fill="#fff" />
      <rect x="14" y="12" width="4" height="13" rx="1.5" fill="#fff" />
      <rect x="21" y="7" width="4" height="18" rx="1.5" fill="#fff" fillOpacity=".45" />
      <rect x="21" y="13" width="4" height="12" rx="1.5" fill="#fff" />
    </svg>
  )
}

/** The product mark and name. The name is not translated. */
export function Logo() {
  return (
    <Group gap={8} wrap="nowrap">
      <LogoMark />
      <Text component="span" fw={700} fz="lg" lh={1}>
        Skillgap
      </Text>
    </Group>
  )
}
