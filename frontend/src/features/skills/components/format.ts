import { useTranslation } from 'react-i18next'
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
