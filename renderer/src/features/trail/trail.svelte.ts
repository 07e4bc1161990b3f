import type { Trail, TrailPerson } from '$contract/contract';
import type { ThanksMethod } from '$contract/domain';
import { app } from '../../app/app.svelte';
import { api, unwrap } from '../../shared/api';
import { changes } from '../../shared/changes';
import { i18n } from '../../shared/i18n/i18n.svelte';

/** Het spoor terug (issue 14): the trail core follows back from the goal reached, and thanking on it. */
class TrailState {
  trail = $state<Trail | null>(null);
  loaded = $state(false);

  constructor() {
    // A thank-you, a touch, a conversation or the goal itself can change who is on it and how far.
    changes.watch(['plan', 'contacts', 'conversations', 'touches'], () => this.load(), {
      when: () => this.loaded && (app.view === 'trail' || app.view === 'goal'),
    });
  }

  async load(): Promise<void> {
    this.trail = await unwrap(api.goal.trail());
    this.loaded = true;
  }

  /** Marks `p` thanked `how`; the toast says how far the trail is and offers to take it back. */
  async thank(p: TrailPerson, how: ThanksMethod): Promise<void> {
    if (p.contactId === null) return;
    const t = i18n.t.trail;
    this.trail = await unwrap(api.goal.thank({ person: { contactId: p.contactId }, how, note: t.touchNote }));
    const progress = t.progress(String(this.trail.thanked), String(this.trail.thankable));
    // The toast's undo takes away the mark this made, and only that: one made since stays.
    const mark = this.trail.people.find((q) => q.contactId === p.contactId)?.thanked?.mark;
    app.say(t.thankedToast(p.name, progress), { label: t.undo, run: () => void this.unthank(p, true, mark) });
  }

  async unthank(p: TrailPerson, quiet = false, mark?: string): Promise<void> {
    if (p.contactId === null) return;
    try {
      this.trail = await unwrap(api.goal.thank({ person: { contactId: p.contactId }, how: null, mark }));
      if (!quiet) app.say(i18n.t.trail.unthankedToast(p.name));
    } catch (error) {
      app.say((error as Error).message);
    }
  }

  /** The cadence suggestion: keep in touch every quarter. */
  async remindQuarterly(p: TrailPerson): Promise<void> {
    if (p.contactId === null) return;
    await unwrap(api.contacts.update({ id: p.contactId, changes: { cadence: 'kwartaal' } }));
    app.say(i18n.t.trail.quarterlySet(p.name));
    await this.load();
  }
}

export const trail = new TrailState();
