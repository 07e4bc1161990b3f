import { expect, type Locator, type Page } from '@playwright/test';

export type ReminderGroupName = 'overdue' | 'today' | 'soon' | 'later' | 'done';
export type ThanksHow = 'kaartje' | 'email' | 'bericht' | 'telefoon';
/** A snooze from the "Later" menu, or a chosen moment (YYYY-MM-DD, HH:MM). */
export type SnoozeChoice = 'hour' | 'evening' | 'morning' | 'week' | { date: string; time: string };
export type KeepInTouchState = 'none' | 'on-track' | 'due' | 'verwaterd';
export type CadenceChoice =
  'standaard' | 'geen' | 'twee-weken' | 'maandelijks' | 'kwartaal' | 'halfjaar' | 'jaarlijks' | 'aangepast';

export interface ReminderInput {
  title?: string;
  note?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** HH:MM */
  time?: string;
  /** The name of an existing contact, picked with the contact picker (own reminders only). */
  contact?: string;
}

/** Group headings as shown, in both languages. */
const groupNames: Record<ReminderGroupName, RegExp> = {
  overdue: /^(Te laat|Overdue)$/,
  today: /^(Vandaag|Today)$/,
  soon: /^(Binnenkort|Soon)$/,
  later: /^(Daarna|Further ahead)$/,
  done: /^(Afgerond|Done)$/,
};

const thanksLabels: Record<ThanksHow, RegExp> = {
  kaartje: /^(Kaartje|Card)$/,
  email: /^E-mail$/,
  bericht: /^(Bericht|Message)$/,
  telefoon: /^(Telefoon|Phone)$/,
};

const snoozeLabels: Record<Exclude<SnoozeChoice, object>, RegExp> = {
  hour: /^(Over een uur|In an hour)/,
  evening: /^(Vanavond|This evening)/,
  morning: /^(Morgenochtend|Tomorrow morning)/,
  week: /^(Volgende week|Next week)/,
};

const button = {
  done: /^(Gedaan|Done)$/,
  later: /^Later$/,
  skip: /^(Overslaan|Skip)$/,
  edit: /^(Bewerken|Edit)$/,
  open: /^(Openen|Open)$/,
  reopen: /^(Terugzetten|Reopen)$/,
  delete: /^(Verwijderen|Delete)$/,
  undo: /^(Ongedaan maken|Undo)$/,
};

/**
 * Where things are on the Herinneringen screen (and the reminder parts of Instellingen, the contact form
 * and the contact page), so tests speak in what a person does. Names match Dutch and English.
 *
 * Rows are found by their title as shown (core words the app's own reminders, e.g. "Stuur Jan de Vries
 * een bedankje voor het gesprek van gisteren"). Actions wait until their effect is on screen. The screen
 * words "morgen" and the snooze times with the browser's clock: a test that moves core's clock should
 * move the page's too (`page.clock`) if it reads those.
 */
export class RemindersPage {
  readonly screen: Locator;
  readonly heading: Locator;
  /** "3 om te doen", "2 gepland" or "Alles afgewerkt…" under the heading. */
  readonly summary: Locator;
  readonly newButton: Locator;
  /** The calm panel shown when nothing is open. */
  readonly emptyState: Locator;
  /** The count beside "Herinneringen" in the menu (absent when nothing is due). */
  readonly badge: Locator;
  readonly navButton: Locator;
  readonly toast: Locator;
  /** "Hoe heb je bedankt?" after Gedaan on a thank-you (or a notification's done button). */
  readonly thanksDialog: Locator;
  /** The dialog for a new reminder or an edit. */
  readonly editor: Locator;
  /** The keep-in-touch strip on an open contact's page, and its sentence. */
  readonly keepInTouch: Locator;
  readonly keepInTouchStatus: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('region', { name: /^(Herinneringen|Reminders)$/ });
    this.heading = page.getByRole('heading', { level: 1, name: /^(Herinneringen|Reminders)$/ });
    this.summary = page.getByTestId('reminders-summary');
    this.newButton = page.getByRole('button', { name: /^\+ (Nieuwe herinnering|New reminder)$/ }).first();
    this.emptyState = page.getByTestId('reminders-empty');
    this.badge = page.getByTestId('reminders-badge');
    this.navButton = page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Herinneringen|Reminders)\b/ });
    this.toast = page.getByRole('status');
    this.thanksDialog = page.getByRole('dialog', {
      name: /^(Hoe heb je bedankt\?|How did you say thank you\?)$/,
    });
    this.editor = page.getByRole('dialog', {
      name: /^(Nieuwe herinnering|New reminder|Herinnering bewerken|Edit reminder)$/,
    });
    this.keepInTouch = page.getByRole('region', {
      name: /^(Contact onderhouden|Keep in touch|Eerste contact|First contact)$/,
    });
    this.keepInTouchStatus = page.getByTestId('keep-in-touch-status');
  }

  async open(): Promise<void> {
    await this.navButton.click();
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText(/^(Bezig met laden…|Loading…)$/)).toBeHidden();
  }

  /** The count in the menu, 0 when no badge shows. */
  async badgeCount(): Promise<number> {
    if (!(await this.badge.isVisible())) return 0;
    return Number((await this.badge.locator('[aria-hidden="true"]').innerText()).trim());
  }

  /** A group of the screen (a region named by its heading). */
  group(name: ReminderGroupName): Locator {
    return this.screen.getByRole('region', { name: groupNames[name] });
  }

  /** Rows shown, in one group or in all. The done group shows rows only after `showDone`. */
  rows(group?: ReminderGroupName): Locator {
    return (group ? this.group(group) : this.screen).getByRole('listitem');
  }

  /** The row with this title (exactly, when a string), in one group or anywhere on the screen. */
  row(title: string | RegExp, group?: ReminderGroupName): Locator {
    const text = typeof title === 'string' ? new RegExp(`^${escape(title)}$`) : title;
    return this.rows(group).filter({ has: this.page.locator('p.title', { hasText: text }) });
  }

  /** The row among the open (not done) reminders. */
  openRow(title: string | RegExp): Locator {
    const text = typeof title === 'string' ? new RegExp(`^${escape(title)}$`) : title;
    return this.screen
      .locator('section[data-group]:not([data-group="done"])')
      .getByRole('listitem')
      .filter({ has: this.page.locator('p.title', { hasText: text }) });
  }

  /** The row's "when" line: "morgen 09:00", "Uitgesteld tot …", "Afgerond vandaag 10:12". */
  when(title: string | RegExp, group?: ReminderGroupName): Locator {
    return this.row(title, group).getByTestId('reminder-when');
  }

  /** The count beside a group's heading; 0 when the group is not shown. */
  async groupCount(group: ReminderGroupName): Promise<number> {
    const count = this.page.getByTestId(`reminder-count-${group}`);
    if (!(await count.isVisible())) return 0;
    return Number((await count.innerText()).trim());
  }

  async groupCounts(): Promise<Record<ReminderGroupName, number>> {
    const groups: ReminderGroupName[] = ['overdue', 'today', 'soon', 'later', 'done'];
    const counts = await Promise.all(groups.map((g) => this.groupCount(g)));
    return Object.fromEntries(groups.map((g, i) => [g, counts[i]])) as Record<ReminderGroupName, number>;
  }

  /** Titles of the rows shown in a group, top to bottom. */
  async titles(group: ReminderGroupName): Promise<string[]> {
    return (await this.rows(group).locator('p.title').allInnerTexts()).map((s) => s.trim());
  }

  /** "Toon er nog …" under a group: shows the next rows of a long group. */
  async showMore(group: ReminderGroupName): Promise<void> {
    const before = await this.rows(group).count();
    await this.group(group)
      .getByRole('button', { name: /^(Toon er nog|Show) \d+( more)?$/ })
      .click();
    await expect(this.rows(group)).not.toHaveCount(before);
  }

  /** Unfolds the done group (Afgerond), which starts folded away. */
  async showDone(): Promise<void> {
    const toggle = this.group('done').getByRole('button', { name: /^(Toon afgeronde|Show done)$/ });
    if (await toggle.isVisible()) await toggle.click();
    await expect(this.group('done').getByRole('list')).toBeVisible();
  }

  /**
   * "Gedaan". For a thank-you, answers "how did you thank" with `how` (required for that kind: without
   * it the question stays open). Waits until the reminder has left the open groups.
   */
  async done(title: string | RegExp, how?: ThanksHow): Promise<void> {
    await this.openRow(title).getByRole('button', { name: button.done }).click();
    if (how) await this.chooseThanks(how);
    await expect(this.openRow(title)).toHaveCount(0);
  }

  /** Answers the open "how did you thank" dialog. */
  async chooseThanks(how: ThanksHow): Promise<void> {
    await expect(this.thanksDialog).toBeVisible();
    await this.thanksDialog.getByRole('button', { name: thanksLabels[how] }).click();
    await expect(this.thanksDialog).toBeHidden();
  }

  /** "Later" › an option, or "Kies een moment…" with a date and time. Waits for the toast that says until when. */
  async snooze(title: string | RegExp, choice: SnoozeChoice): Promise<void> {
    const row = this.openRow(title);
    await row.getByRole('button', { name: button.later }).click();
    const menu = row.getByRole('menu');
    if (typeof choice === 'string') {
      await menu.getByRole('menuitem', { name: snoozeLabels[choice] }).click();
    } else {
      await menu.getByRole('menuitem', { name: /^(Kies een moment…|Pick a moment…)/ }).click();
      const dialog = this.page.getByRole('dialog', { name: /^(Uitstellen tot…|Put off until…)$/ });
      await dialog.getByLabel(/^(Datum|Date)$/).fill(choice.date);
      await dialog.getByLabel(/^(Tijd|Time)$/).fill(choice.time);
      await dialog.getByRole('button', { name: /^(Uitstellen|Put off)$/ }).click();
      await expect(dialog).toBeHidden();
    }
    await expect(this.toast).toContainText(/^(Uitgesteld tot|Put off until) /);
  }

  /** The snooze options the "Later" menu offers now (labels without their times). */
  async snoozeOptions(title: string | RegExp): Promise<string[]> {
    const row = this.openRow(title);
    await row.getByRole('button', { name: button.later }).click();
    const items = row.getByRole('menu').getByRole('menuitem');
    const labels = await items.locator('span:first-child').allInnerTexts();
    await this.page.keyboard.press('Escape');
    return labels.map((s) => s.trim());
  }

  async skip(title: string | RegExp): Promise<void> {
    await this.openRow(title).getByRole('button', { name: button.skip }).click();
    await expect(this.openRow(title)).toHaveCount(0);
  }

  /** "Ongedaan maken" in the toast after done, skip or snooze; waits until the reminder is open again. */
  async undo(): Promise<void> {
    await this.toast.getByRole('button', { name: button.undo }).click();
    await expect(this.toast).toContainText(/(weer open|open again)/);
  }

  /** Puts a done or skipped reminder back (Terugzetten), from the unfolded done group. */
  async reopen(title: string | RegExp): Promise<void> {
    await this.showDone();
    await this.row(title, 'done').getByRole('button', { name: button.reopen }).click();
    await expect(this.openRow(title)).toHaveCount(1);
  }

  /**
   * Edits a reminder through its dialog. For the app's own reminders an empty `title` keeps the app's
   * wording. Waits until the dialog has closed.
   */
  async edit(title: string | RegExp, changes: ReminderInput): Promise<void> {
    await this.openRow(title).getByRole('button', { name: button.edit }).click();
    await expect(this.editor).toBeVisible();
    // The stored title is fetched first; Save is enabled once it is in.
    await expect(this.editor.getByRole('button', { name: /^(Opslaan|Save)$/ })).toBeEnabled();
    await this.fillEditor(changes);
    await this.editor.getByRole('button', { name: /^(Opslaan|Save)$/ }).click();
    await expect(this.editor).toBeHidden();
  }

  /** "+ Nieuwe herinnering": an own reminder. Date and time default to tomorrow at the reminder time. */
  async create(input: ReminderInput & { title: string }): Promise<void> {
    await this.newButton.click();
    await expect(this.editor).toBeVisible();
    await this.fillEditor(input);
    await this.editor.getByRole('button', { name: /^(Toevoegen|Add)$/ }).click();
    await expect(this.editor).toBeHidden();
    await expect(this.row(input.title)).toHaveCount(1);
  }

  /** The error messages the open reminder dialog shows. */
  editorErrors(): Locator {
    return this.editor.locator('.error');
  }

  private async fillEditor(input: ReminderInput): Promise<void> {
    const d = this.editor;
    if (input.title !== undefined) {
      await d
        .getByLabel(
          /^(Waaraan wil je herinnerd worden\?|What do you want to be reminded of\?|Eigen tekst|Your own wording)$/,
        )
        .fill(input.title);
    }
    if (input.date !== undefined) await d.getByLabel(/^(Datum|Date)$/).fill(input.date);
    if (input.time !== undefined) await d.getByLabel(/^(Tijd|Time)$/).fill(input.time);
    if (input.contact !== undefined) {
      const picker = d.getByRole('combobox', { name: /^(Over wie|About whom)$/ });
      await picker.fill(input.contact);
      await d
        .locator('#reminder-field-contactId-options')
        .getByRole('option', { name: new RegExp(`^${escape(input.contact)}`) })
        .first()
        .click();
    }
    if (input.note !== undefined) await d.getByLabel(/^(Notitie|Note)$/).fill(input.note);
  }

  /** Opens what the reminder is about: its conversation in Gesprekken, or the contact's page. */
  async openLinked(title: string | RegExp): Promise<void> {
    await this.row(title).getByRole('button', { name: button.open }).click();
  }

  /**
   * Deletes an own reminder, confirming: from its edit dialog while open, from its row once done.
   * Waits until it is gone from the screen.
   */
  async delete(title: string | RegExp): Promise<void> {
    const open = this.openRow(title);
    if ((await open.count()) > 0) {
      await open.getByRole('button', { name: button.edit }).click();
      await expect(this.editor.getByRole('button', { name: /^(Opslaan|Save)$/ })).toBeEnabled();
      await this.editor.getByRole('button', { name: button.delete }).click();
    } else {
      await this.showDone();
      await this.row(title, 'done').getByRole('button', { name: button.delete }).click();
    }
    const confirm = this.page.getByRole('dialog', {
      name: /^(Deze herinnering verwijderen\?|Delete this reminder\?)$/,
    });
    await confirm.getByRole('button', { name: button.delete }).click();
    await expect(this.row(title)).toHaveCount(0);
  }

  /** Where keeping in touch stands on the open contact's page. */
  async keepInTouchState(): Promise<KeepInTouchState> {
    return (await this.keepInTouch.getAttribute('data-state')) as KeepInTouchState;
  }

  /** In the open contact form: the "Contact onderhouden" cadence, with days for `aangepast` (not saved). */
  async setContactCadence(cadence: CadenceChoice, days?: number): Promise<void> {
    await this.page.locator('#contact-field-cadence').selectOption(cadence);
    if (cadence === 'aangepast' && days !== undefined) {
      await this.page.getByLabel(/^(Aantal dagen|Number of days)$/).fill(String(days));
    }
  }

  /** Instellingen › Herinneringen: the reminder time (saved at once). */
  async setReminderTime(time: string): Promise<void> {
    const input = this.page.getByLabel(/^(Tijdstip van herinneringen|Time of reminders)$/);
    await input.fill(time);
    // Saved once the person is done with the field (Enter or leaving it), not at every keystroke.
    await input.press('Enter');
    await expect(this.page.locator('.reminder-settings .saved').first()).toHaveText(/^(Bewaard\.|Saved\.)$/);
  }

  /** Instellingen › Herinneringen: the default cadence for a relationship strength (saved at once). */
  async setDefaultCadence(
    strength: 'heel-goed' | 'goed' | 'een-beetje' | 'onbekend',
    cadence: Exclude<CadenceChoice, 'standaard' | 'aangepast'>,
  ): Promise<void> {
    await this.defaultCadence(strength).selectOption(cadence);
    await expect(this.defaultCadence(strength)).toHaveValue(cadence);
  }

  /** Instellingen › Herinneringen: the default cadence's choice for a relationship strength. */
  defaultCadence(strength: 'heel-goed' | 'goed' | 'een-beetje' | 'onbekend'): Locator {
    return this.page.locator(`#setting-field-keepInTouchDefaults-${strength}`);
  }

  /** Instellingen › Herinneringen: "Bij sluiten in het systeemvak blijven" and "Starten bij inloggen". */
  async setCloseToTray(on: boolean): Promise<void> {
    await this.page
      .getByLabel(/^(Bij sluiten in het systeemvak blijven|Stay in the system tray when closed)$/)
      .setChecked(on);
  }

  async setOpenAtLogin(on: boolean): Promise<void> {
    await this.page.getByLabel(/^(Starten bij inloggen|Start at login)$/).setChecked(on);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
