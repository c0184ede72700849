import type { Persona } from './schema';

/** A persona with only a name, ready to be filled in: every profile field empty, a friendly avatar. */
export function blankPersona(id: string, name: string, color: string, updatedAt: string): Persona {
  return {
    id,
    name,
    role: '',
    summary: '',
    goals: '',
    needs: '',
    frustrations: '',
    quote: '',
    avatar: '🙂',
    color,
    updatedAt,
  };
}
