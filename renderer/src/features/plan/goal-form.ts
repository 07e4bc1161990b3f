/**
 * Mijn doel's form and the profile it saves, both ways: three story fields however many are written,
 * "doel bereikt" as a tick with its fields, dates as the date fields hold them ('' for none).
 */
import type { ProfileFields } from '$contract/domain';
import { successStoriesMax } from '$contract/domain';

export interface GoalForm {
  name: string;
  lookingFor: ProfileFields['lookingFor'];
  pitch: string;
  stories: string[];
  questions: ProfileFields['questions'];
  reachedOn: boolean;
  reached: { what: string; where: string; from: string; on: string };
}

export function goalFormOf(p: ProfileFields): GoalForm {
  return {
    name: p.name,
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
    name: f.name,
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

/**
 * What I changed in the form (`mine` against `base`, what it started from) put on `theirs`, a newer
 * version saved elsewhere meanwhile: each field I changed as I typed it, every other field as it is now.
 * What the form shows after a save was refused as made from an older version (`changed_elsewhere`).
 */
export function rebasedGoalForm(mine: GoalForm, base: GoalForm, theirs: GoalForm): GoalForm {
  return rebased(mine, base, theirs) as GoalForm;
}

function rebased(mine: unknown, base: unknown, theirs: unknown): unknown {
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const b = Array.isArray(base) ? base : [];
    return mine.map((value, i) => rebased(value, b[i], theirs[i]));
  }
  if (typeof mine === 'object' && mine !== null && typeof theirs === 'object' && theirs !== null) {
    const b = (base ?? {}) as Record<string, unknown>;
    const t = theirs as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(mine).map(([key, value]) => [key, rebased(value, b[key], t[key])]),
    );
  }
  return mine === base ? theirs : mine;
}
