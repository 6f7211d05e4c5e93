import { registerNamespace } from '@/lib/i18n'
import en from './en.json'
import ja from './ja.json'

export const TEAMS_NAMESPACE = 'teams'

registerNamespace(TEAMS_NAMESPACE, { en, ja })
