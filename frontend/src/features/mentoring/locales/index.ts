import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const MENTORING_NAMESPACE = 'mentoring'

registerNamespace(MENTORING_NAMESPACE, { en, ja })
