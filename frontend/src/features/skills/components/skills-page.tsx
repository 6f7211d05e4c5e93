import { useMemo, useState, type ReactNode } from 'react'
import {
  Card,
  Group,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconListCheck, IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { QueryState } from '@/components/feedback/query-state'
import { PageHeader } from '@/components/layout/page-header'
import type { MySkill, Skill } from '../api/types'
import { useBacking, useMySkills, useScale, useSkillCategories, useSkills } from '../api/use-skills'
import { SKILLS_NAMESPACE } from '../locales'
import { SkillCard } from './skill-card'

type Shown = 'all' | 'recorded' | 'open'

function normalize(value: string): string {
  return value.normalize('NFKC').toLowerCase()
}

export interface SkillsPageProps {
  /** a mentee's skills (read from /api/mentees/{id}/skills), seen by their mentor */
  personId?: string
  /** no level pickers or evidence forms */
  readOnly?: boolean
  /** without the page header (when composed into another page) */
  embedded?: boolean
  /** extra buttons per skill (e.g. the mentor's "Validate") */
  renderActions?: (skill: Skill, entry: MySkill | undefined) => ReactNode
}

/** My skills: every skill by category, with a level picker, evidence and history per skill. */
export function SkillsPage({
  personId,
  readOnly = false,
  embedded = false,
  renderActions,
}: SkillsPageProps = {}) {
  const { t } = useTranslation(SKILLS_NAMESPACE)
  const skills = useSkills()
  const categories = useSkillCategories()
  const scale = useScale()
  const mine = useMySkills(personId)
  const backing = useBacking(personId)
  const [search, setSearch] = useState('')
  const [category, setCategory] = useState<string | null>(null)
  const [shown, setShown] = useState<Shown>('all')

  const byCode = useMemo(() => {
    const map = new Map<string, MySkill>()
    for (const entry of mine.data ?? []) map.set(entry.skillCode, entry)
    return map
  }, [mine.data])

  const groups = useMemo(() => {
    const query = normalize(search.trim())
    const matches = (skill: Skill) => {
      if (category && skill.category !== category) return false
      const recorded = (byCode.get(skill.code)?.level ?? 0) > 0
      if (shown === 'recorded' && !recorded) return false
      if (shown === 'open' && recorded) return false
      if (!query) return true
      return [skill.name, skill.description, skill.categoryName, skill.code].some((text) =>
        normalize(text).includes(query),
      )
    }
    const order = (categories.data ?? []).map((c) => c.code)
    const result = new Map<string, { code: string; name: string; skills: Skill[] }>()
    for (const skill of skills.data ?? []) {
      if (!matches(skill)) continue
      const group = result.get(skill.category) ?? {
        code: skill.category,
        name: skill.categoryName,
        skills: [],
      }
      group.skills.push(skill)
      result.set(skill.category, group)
    }
    return [...result.values()].sort((a, b) => {
      const ia = order.indexOf(a.code)
      const ib = order.indexOf(b.code)
      return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib)
    })
  }, [skills.data, categories.data, byCode, search, category, shown])

  const error = skills.error ?? mine.error ?? scale.error ?? categories.error
  const loaded =
    skills.data && mine.data && scale.data ? { skills: skills.data, scale: scale.data } : undefined
  const visible = groups.reduce((sum, group) => sum + group.skills.length, 0)

  return (
    <Stack gap="lg" maw={1100}>
      {!embedded && (
        <PageHeader
          icon={<IconListCheck size={22} />}
          title={t('page.title')}
          description={t('page.intro')}
        />
      )}
      <QueryState data={loaded} error={error} errorTitle={t('loadFailed')}>
        {(data) => {
          const total = data.skills.length
          const recorded = data.skills.filter(
            (skill) => (byCode.get(skill.code)?.level ?? 0) > 0,
          ).length
          return (
            <>
              <Card withBorder padding="md">
                <Stack gap="xs">
                  <Group justify="space-between" wrap="wrap">
                    <Text fw={600} aria-live="polite">
                      {t('summary.recorded', { count: recorded, total })}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('summary.hint')}
                    </Text>
                  </Group>
                  <Progress
                    value={total ? (recorded / total) * 100 : 0}
                    aria-label={t('summary.progressLabel')}
                    size="sm"
                  />
                </Stack>
              </Card>

              <Group gap="sm" align="flex-end" wrap="wrap">
                <TextInput
                  label={t('filter.search')}
                  placeholder={t('filter.searchPlaceholder')}
                  leftSection={<IconSearch size={16} aria-hidden="true" />}
                  value={search}
                  onChange={(event) => setSearch(event.currentTarget.value)}
                  style={{ flex: '1 1 240px' }}
                  type="search"
                />
                <Select
                  label={t('filter.category')}
                  placeholder={t('filter.allCategories')}
                  data={(categories.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
                  value={category}
                  onChange={setCategory}
                  clearable
                  style={{ flex: '0 1 240px' }}
                />
                <SegmentedControl
                  aria-label={t('filter.shown')}
                  value={shown}
                  onChange={(value) => setShown(value as Shown)}
                  data={[
                    { value: 'all', label: t('filter.all') },
                    { value: 'recorded', label: t('filter.recorded') },
                    { value: 'open', label: t('filter.open') },
                  ]}
                />
              </Group>

              {visible === 0 && (
                <Text c="dimmed" role="status">
                  {t('filter.noMatch')}
                </Text>
              )}

              {groups.map((group) => (
                <Stack
                  key={group.code}
                  gap="sm"
                  component="section"
                  aria-labelledby={`cat-${group.code}`}
                >
                  <Title order={2} size="h3" id={`cat-${group.code}`}>
                    {group.name}
                  </Title>
                  <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                    {group.skills.map((skill) => (
                      <SkillCard
                        key={skill.code}
                        skill={skill}
                        entry={byCode.get(skill.code)}
                        scale={data.scale}
                        personId={personId}
                        readOnly={readOnly}
                        actions={renderActions?.(skill, byCode.get(skill.code))}
                        backing={backing.get(skill.code)}
                      />
                    ))}
                  </SimpleGrid>
                </Stack>
              ))}
            </>
          )
        }}
      </QueryState>
    </Stack>
  )
}
