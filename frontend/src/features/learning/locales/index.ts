import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const LEARNING_NAMESPACE = 'learning'

registerNamespace(LEARNING_NAMESPACE, { en, ja })
