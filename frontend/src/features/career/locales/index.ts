import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const CAREER_NAMESPACE = 'career'

registerNamespace(CAREER_NAMESPACE, { en, ja })
