import { useState } from 'react'
import {
  Alert,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconSettings, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { PasswordField } from '@/components/form/password-field'
import { allErrorsOnFields, serverFieldErrors } from '@/components/form/server-errors'
import { PageHeader } from '@/components/layout/page-header'
import { isLanguage, LANGUAGES, type Language } from '@/lib/i18n'
import { useLanguage } from '@/lib/use-language'
import { downloadExport, type ExportFormat } from '../api/auth-api'
import { useChangePassword, useDeleteAccount, useUpdateMe, useUser } from '../api/use-auth'
import { DISPLAY_NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../api/types'
import { useChangeLanguage } from '../hooks/use-change-language'
import { NewPasswordField } from './new-password-field'
import { AUTH_NAMESPACE } from '../locales'

const charCount = (value: string) => [...value].length

/** /settings: display name, language, password, my data export and account deletion. */
export function SettingsPage() {
  const { t } = useTranslation(AUTH_NAMESPACE)
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader
        icon={<IconSettings size={22} />}
        title={t('settings.title')}
        description={t('settings.description')}
      />
      <ProfileSection />
      <PasswordSection />
      <ExportSection />
      <DeleteSection />
    </Stack>
  )
}

function Section({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: React.ReactNode
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  )
}

function ProfileSection() {
  const { t } = useTranslation(AUTH_NAMESPACE)
  const { data: user } = useUser()
  const language = useLanguage()
  const changeLanguage = useChangeLanguage()
  const update = useUpdateMe()
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { displayName: user?.displayName ?? '' },
    validate: {
      displayName: (value) => {
        if (!value.trim()) return t('validation.displayNameRequired')
        if (charCount(value.trim()) > DISPLAY_NAME_MAX_LENGTH)
          return t('validation.displayNameTooLong', { max: DISPLAY_NAME_MAX_LENGTH })
        return null
      },
    },
  })
  const submit = form.onSubmit(({ displayName }) =>
    update.mutate(
      { displayName: displayName.trim() },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: t('settings.profile.saved') }),
        onError: (error) => form.setErrors(serverFieldErrors(error, ['displayName'])),
      },
    ),
  )
  return (
    <Section id="settings-profile" title={t('settings.profile.title')}>
      <Text size="sm">
        {t('settings.profile.email')}:{' '}
        <span style={{ overflowWrap: 'anywhere' }}>{user?.email}</span>
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {update.error && !allErrorsOnFields(update.error, ['displayName']) && (
            <ProblemAlert error={update.error} />
          )}
          <TextInput
            label={t('fields.displayName')}
            autoComplete="nickname"
            required
            key={form.key('displayName')}
            {...form.getInputProps('displayName')}
          />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('settings.profile.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Stack gap={6}>
        <Text size="sm" fw={500} id="settings-language-label">
          {t('settings.profile.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="settings-language-label"
          value={language}
          onChange={(value) => isLanguage(value) && changeLanguage(value as Language)}
          data={LANGUAGES.map((code) => ({
            value: code,
            label: <span lang={code}>{t(`language.${code}`, { ns: 'common' })}</span>,
          }))}
          w="fit-content"
        />
      </Stack>
    </Section>
  )
}

const PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const

function PasswordSection() {
  const { t } = useTranslation(AUTH_NAMESPACE)
  const change = useChangePassword()
  const [ended, setEnded] = useState<number | null>(null)
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('validation.passwordRequired')),
      newPassword: (value) => {
        if (!value) return t('validation.passwordRequired')
        if (charCount(value) < PASSWORD_MIN_LENGTH)
          return t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH })
        if (charCount(value) > PASSWORD_MAX_LENGTH)
          return t('validation.passwordTooLong', { max: PASSWORD_MAX_LENGTH })
        return null
      },
    },
  })
  const submit = form.onSubmit((values) => {
    setEnded(null)
    change.mutate(values, {
      onSuccess: (result) => {
        form.reset()
        setEnded(result.otherSessionsEnded)
      },
      onError: (error) => form.setErrors(serverFieldErrors(error, PASSWORD_FIELDS)),
    })
  })
  return (
    <Section id="settings-password" title={t('settings.password.title')}>
      <Text size="sm">{t('settings.password.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {change.error && !allErrorsOnFields(change.error, PASSWORD_FIELDS) && (
            <ProblemAlert error={change.error} />
          )}
          {ended !== null && (
            <Alert color="teal" role="status">
              {t('settings.password.changed', { count: ended })}
            </Alert>
          )}
          <PasswordField
            label={t('settings.password.current')}
            autoComplete="current-password"
            required
            key={form.key('currentPassword')}
            {...form.getInputProps('currentPassword')}
          />
          <NewPasswordField
            label={t('settings.password.new')}
            key={form.key('newPassword')}
            {...form.getInputProps('newPassword')}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('settings.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  )
}

function ExportSection() {
  const { t } = useTranslation(AUTH_NAMESPACE)
  const [pending, setPending] = useState<ExportFormat | null>(null)
  const [failed, setFailed] = useState(false)
  const download = (format: ExportFormat) => {
    setPending(format)
    setFailed(false)
    downloadExport(format)
      .catch(() => setFailed(true))
      .finally(() => setPending(null))
  }
  return (
    <Section id="settings-export" title={t('settings.export.title')}>
      <Text size="sm">{t('settings.export.intro')}</Text>
      {failed && (
        <Alert color="red" role="alert">
          {t('settings.export.failed')}
        </Alert>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
          loading={pending === 'json'}
          onClick={() => download('json')}
        >
          {t('settings.export.json')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
          loading={pending === 'csv'}
          onClick={() => download('csv')}
        >
          {t('settings.export.csv')}
        </Button>
      </Group>
    </Section>
  )
}

function DeleteSection() {
  const { t } = useTranslation(AUTH_NAMESPACE)
  const remove = useDeleteAccount()
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '' },
    validate: { password: (value) => (value ? null : t('validation.passwordRequired')) },
  })
  const submit = form.onSubmit(({ password }) =>
    remove.mutate(password, {
      onError: (error) => form.setErrors(serverFieldErrors(error, ['password'])),
    }),
  )
  return (
    <Section id="settings-delete" title={t('settings.delete.title')}>
      <Text size="sm">{t('settings.delete.intro')}</Text>
      <List size="sm" spacing={4}>
        <List.Item>{t('settings.delete.data')}</List.Item>
        <List.Item>{t('settings.delete.mentoring')}</List.Item>
        <List.Item>{t('settings.delete.teams')}</List.Item>
        <List.Item>{t('settings.delete.validated')}</List.Item>
        <List.Item>{t('settings.delete.sessions')}</List.Item>
      </List>
      <Text size="sm" fw={500}>
        {t('settings.delete.exportFirst')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {remove.error && !allErrorsOnFields(remove.error, ['password']) && (
            <ProblemAlert error={remove.error} />
          )}
          <PasswordField
            label={t('settings.delete.password')}
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Group>
            <Button
              type="submit"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden="true" />}
              loading={remove.isPending}
            >
              {t('settings.delete.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  )
}
