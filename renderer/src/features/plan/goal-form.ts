/**
 * Mijn doel's form and the profile it saves, both ways: three story fields however many are written,
 * "doel bereikt" as a tick with its fields, dates as the date fields hold them ('' for none).
 */
import type { ProfileFields } from '$contract/domain';
import { successStoriesMax } from '$contract/domain';

export interface GoalForm {
  lookingFor: ProfileFields['lookingFor'];
  pitch: string;
  stories: string[];
  questions: ProfileFields['questions'];
  reachedOn: boolean;
  reached: { what: string; where: string; from: string; on: string };
}

export function goalFormOf(p: ProfileFields): GoalForm {
  return {
    lookingFor: { ...p.lookingFor },
    pitch: p.pitch,
    stories: Array.from({ length: successStoriesMax }, (_, i) => p.successStories[i] ?? ''),
    questions: { ...p.questions },
    reachedOn: p.reached !== null,
    reached: {
      what: p.reached?.what ?? '',
      where: p.reached?.where ?? '',
      from: p.reached?.from ?? '',
      on: p.reached?.on ?? '',
    },
  };
}

/**
 * The profile to save: empty stories left out, the goal reached only when ticked, on the day it was first
 * ticked (`today` for a new one).
 */
export function profileOfGoalForm(f: GoalForm, today: string): ProfileFields {
  return {
    lookingFor: { ...f.lookingFor },
    pitch: f.pitch,
    successStories: f.stories.map((s) => s.trim()).filter(Boolean),
    questions: { ...f.questions },
    reached: f.reachedOn
      ? {
          what: f.reached.what,
          where: f.reached.where,
          from: f.reached.from || null,
          on: f.reached.on || today,
        }
      : null,
  };
}
