import { describe, expect, it } from 'vitest';
import type { ProfileFields } from '$contract/domain';
import { goalFormOf, profileOfGoalForm, rebasedGoalForm } from './goal-form';

const empty: ProfileFields = {
  name: '',
  lookingFor: { role: '', field: '', region: '', organisationKind: '' },
  pitch: '',
  successStories: [],
  questions: { want: '', can: '', offer: '', where: '', whoCanHelp: '' },
  reached: null,
};

describe('Mijn doel’s form', () => {
  it('shows three story fields and saves only the ones written, in their order', () => {
    const form = goalFormOf({ ...empty, successStories: ['Eerste'] });
    expect(form.stories).toEqual(['Eerste', '', '']);
    form.stories[2] = '  Derde  ';
    expect(profileOfGoalForm(form, '2026-12-03').successStories).toEqual(['Eerste', 'Derde']);
  });

  it('saves no goal reached until ticked, then with today, and keeps the first day after', () => {
    const form = goalFormOf(empty);
    form.reached.what = 'Adviseur';
    expect(profileOfGoalForm(form, '2026-12-03').reached).toBeNull();
    form.reachedOn = true;
    const reached = profileOfGoalForm(form, '2026-12-03').reached;
    expect(reached).toEqual({ what: 'Adviseur', where: '', from: null, on: '2026-12-03' });
    const again = goalFormOf({ ...empty, reached: { ...reached!, from: '2027-01-01' } });
    expect(again.reached.from).toBe('2027-01-01');
    expect(profileOfGoalForm(again, '2026-12-20').reached?.on).toBe('2026-12-03');
  });

  it('comes back as it went: a saved profile made into the form and saved again is the same', () => {
    const profile: ProfileFields = {
      name: 'Sanne de Boer',
      lookingFor: { role: 'Adviseur', field: 'Energie', region: 'Utrecht', organisationKind: 'Gemeente' },
      pitch: 'Ik ben Sanne.',
      successStories: ['Een', 'Twee'],
      questions: { want: 'a', can: 'b', offer: 'c', where: 'd', whoCanHelp: 'e' },
      reached: { what: 'Baan', where: 'Eneco', from: '2027-02-01', on: '2026-12-01' },
    };
    expect(profileOfGoalForm(goalFormOf(profile), '2026-12-03')).toEqual(profile);
  });

  it('put on a newer version: what I changed as I typed it, the rest as the newer version has it', () => {
    const base = goalFormOf({ ...empty, pitch: 'Oud.', successStories: ['Een'] });
    const mine = goalFormOf({ ...empty, pitch: 'Oud.', successStories: ['Een'] });
    mine.name = 'Sanne';
    mine.stories[1] = 'Twee';
    const theirs = goalFormOf({
      ...empty,
      pitch: 'Nieuw.',
      successStories: ['Eén'],
      questions: { ...empty.questions, want: 'x' },
    });
    const result = rebasedGoalForm(mine, base, theirs);
    expect(result.name).toBe('Sanne');
    expect(result.pitch).toBe('Nieuw.');
    expect(result.stories).toEqual(['Eén', 'Twee', '']);
    expect(result.questions.want).toBe('x');
    expect(result.reachedOn).toBe(false);
  });
});
