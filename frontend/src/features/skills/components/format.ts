import { useTranslation } from 'react-i18next'
import { formatShortDate } from '@/lib/format'
import type { MySkill } from '../api/types'
import { SKILLS_NAMESPACE } from '../locales'

/** "Self-assessed", "Set by a mentor", "From a learning item (code)" */
export function useSourceLabel() {
  const { t } = useTranslation(SKILLS_NAMESPACE)
  return (
    entry: Pick<MySkill, 'source' | 'learningItemCode'> & {
      validatedBy?: { displayName: string } | null
    },
  ) => {
    switch (entry.source) {
      case 'self':
        return t('source.self')
      case 'mentor':
        return entry.validatedBy
          ? t('source.mentorNamed', { name: entry.validatedBy.displayName })
          : t('source.mentor')
      case 'learning-item':
        return entry.learningItemCode
          ? t('source.learningItemWithCode', { code: entry.learningItemCode })
          : t('source.learningItem')
      default:
        return String(entry.source)
    }
  }
}

/**
 * Which level is which: "self 4 · validated 3 by Sato, Nov 12"; a self-assessment newer than the
 * validation shows "not yet validated" (the validation is then only history).
 */
export function useLevelProvenance() {
  const { t, i18n } = useTranslation(SKILLS_NAMESPACE)
  return (entry: Pick<MySkill, 'level' | 'source' | 'validation'>): string => {
    const validation = entry.validation
    const self =
      entry.source === 'mentor' && validation ? null : t('provenance.self', { level: entry.level })
    if (!validation) return self ?? ''
    const by = validation.validatedBy?.displayName ?? t('provenance.formerMentor')
    const date = formatShortDate(validation.validatedAt, i18n.language)
    const validated = t('provenance.validated', { level: validation.level, by, date })
    if (validation.current) return self ? `${self} · ${validated}` : validated
    return `${self ?? ''} · ${t('provenance.notYetValidated')} (${t('provenance.earlier', {
      text: validated,
    })})`
  }
}
