import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ROLES_NAMESPACE } from '../locales'

const COLORS: Record<number, string> = { 1: 'gray', 2: 'blue', 3: 'grape' }

/** 1 useful / 2 important / 3 core */
export function WeightBadge({ weight }: { weight: number }) {
  const { t } = useTranslation(ROLES_NAMESPACE)
  return (
    <Badge
      variant="light"
      color={COLORS[weight] ?? 'gray'}
      radius="sm"
      style={{ minWidth: 'max-content' }}
    >
      {t(`weight.${weight}`, { defaultValue: String(weight) })}
    </Badge>
  )
}
