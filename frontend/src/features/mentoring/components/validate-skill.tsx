import { useState } from 'react'
import { Button, Modal, Radio, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconRosetteDiscountCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { NOTE_MAX_LENGTH } from '../api/types'
import { useValidateLevel } from '../api/use-mentoring'
import { MENTORING_NAMESPACE } from '../locales'

export interface ValidateSkillButtonProps {
  menteeId: string
  skillCode: string
  skillName: string
  /** the mentee's own level, the dialog's starting point */
  selfLevel: number
  /** what each level means for this skill: the descriptions the learner picks from */
  levels: { level: number; description: string }[]
}

const LEVELS = [0, 1, 2, 3, 4, 5] as const

/** "Validate": confirm or adjust the mentee's level for a skill, with a note. */
export function ValidateSkillButton({
  menteeId,
  skillCode,
  skillName,
  selfLevel,
  levels,
}: ValidateSkillButtonProps) {
  const { t } = useTranslation(MENTORING_NAMESPACE)
  const { t: common } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [level, setLevel] = useState(String(selfLevel))
  const [note, setNote] = useState('')
  const validate = useValidateLevel(menteeId)

  const open = () => {
    setLevel(String(selfLevel))
    setNote('')
    validate.reset()
    setOpened(true)
  }

  return (
    <>
      <Button
        size="compact-sm"
        variant="light"
        color="grape"
        leftSection={<IconRosetteDiscountCheck size={14} aria-hidden="true" />}
        onClick={open}
        aria-label={t('validate.open', { skill: skillName })}
      >
        {t('validate.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('validate.title', { skill: skillName })}
      >
        <Stack
          gap="md"
          component="form"
          onSubmit={(event) => {
            event.preventDefault()
            validate.mutate(
              { skillCode, level: Number(level), note: note.trim() || null },
              {
                onSuccess: (saved) => {
                  notifications.show({
                    color: 'teal',
                    message: t('validate.saved', { skill: saved.skillName, level: saved.level }),
                  })
                  setOpened(false)
                },
              },
            )
          }}
        >
          <Text size="sm">
            {t('validate.selfWas', { level: selfLevel, name: common(`levels.${selfLevel}`) })}
          </Text>
          <Radio.Group value={level} onChange={setLevel} label={t('validate.level')}>
            <Stack gap={8} mt={6}>
              {LEVELS.map((value) => (
                <Radio
                  key={value}
                  value={String(value)}
                  label={t('validate.option', { level: value, name: common(`levels.${value}`) })}
                  description={levels.find((entry) => entry.level === value)?.description}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('validate.note')}
            autosize
            minRows={3}
            maxLength={NOTE_MAX_LENGTH}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {validate.isError && <ProblemAlert error={validate.error} />}
          <Button type="submit" loading={validate.isPending}>
            {t('validate.submit')}
          </Button>
        </Stack>
      </Modal>
    </>
  )
}
