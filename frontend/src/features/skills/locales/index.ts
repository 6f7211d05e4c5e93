import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const SKILLS_NAMESPACE = 'skills'

registerNamespace(SKILLS_NAMESPACE, { en, ja })
