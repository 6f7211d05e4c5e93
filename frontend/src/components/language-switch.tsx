import { Box, Button, Menu } from '@mantine/core'
import { IconCheck, IconLanguage } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '@/lib/i18n'

export interface LanguageSwitchProps {
  value: Language
  onChange: (language: Language) => void
  disabled?: boolean
}

/** A menu button listing the languages, each in its own language. */
export function LanguageSwitch({ value, onChange, disabled }: LanguageSwitchProps) {
  const { t } = useTranslation()
  const currentName = t(`language.${value}`)
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-md"
          leftSection={<IconLanguage size={18} aria-hidden="true" />}
          aria-label={t('language.change', { current: currentName })}
          disabled={disabled}
        >
          {/* on a phone the icon alone (the label still names the language): the header must fit */}
          <Box component="span" visibleFrom="xs">
            {currentName}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => onChange(language)}
            rightSection={language === value ? <IconCheck size={14} aria-hidden="true" /> : null}
            aria-current={language === value ? 'true' : undefined}
          >
            {t(`language.${language}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
