import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const AUTH_NAMESPACE = 'auth'

registerNamespace(AUTH_NAMESPACE, { en, ja })
