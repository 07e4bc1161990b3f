import type { Locator, Page } from '@playwright/test';

/**
 * Where things are in a contact's history (timeline, "contact gehad", Verwijzingen) and on the Wat leer ik
 * screen, so tests speak in what a person does. Names match both UI languages.
 */
export class HistoryPage {
  /** The timeline card on the open contact. */
  readonly timeline: Locator;
  /** One row per conversation or touch, newest first. */
  readonly timelineRows: Locator;
  readonly planConversation: Locator;
  readonly touchToggle: Locator;
  readonly touchForm: Locator;

  /** The Verwijzingen card (the referral chain) on the open contact. */
  readonly chain: Locator;
  /** "Jij → Anna de Vries → Sanne Bakker": the path from the user to this contact. */
  readonly chainPath: Locator;
  /** One item per person this contact introduced: "Ruud Smit: gesprek op 3 dec. 2025, evaluatie ingevuld". */
  readonly introduced: Locator;
  /** Conversations in whose evaluation this contact was named as a referral. */
  readonly referredIn: Locator;

  readonly learningHeading: Locator;
  /** Every "kon beter" point and tip shown, newest first. */
  readonly learningPoints: Locator;
  readonly learningTotals: Locator;
  readonly periodFilter: Locator;
  readonly pointFilter: Locator;

  constructor(readonly page: Page) {
    this.timeline = page.getByRole('region', { name: /^(tijdlijn|timeline)$/i });
    this.timelineRows = this.timeline
      .getByRole('list', { name: /^(tijdlijn|timeline)$/i })
      .getByRole('listitem');
    this.planConversation = this.timeline.getByRole('button', {
      name: /^(gesprek plannen|plan a conversation)$/i,
    });
    this.touchToggle = this.timeline.getByRole('button', { name: /(contact gehad|were in touch)$/i });
    this.touchForm = this.timeline.getByRole('form', { name: /^(contact gehad|were in touch)$/i });

    this.chain = page.getByRole('region', { name: /^(verwijzingen|referrals)$/i });
    this.chainPath = this.chain.getByTestId('chain-path');
    this.introduced = this.chain.getByTestId('chain-introduced').getByRole('listitem');
    this.referredIn = this.chain.getByTestId('chain-referred-in').getByRole('listitem');

    this.learningHeading = page.getByRole('heading', { level: 1, name: /^(wat leer ik|what i learn)$/i });
    this.learningPoints = page.getByTestId('learning-points').getByRole('listitem');
    this.learningTotals = page.getByTestId('learning-totals');
    this.periodFilter = page.getByRole('group', { name: /^(periode|period)$/i });
    this.pointFilter = page.getByRole('group', { name: /^(toon|show)$/i });
  }

  /** The timeline row that mentions `text` (a note, a kind of conversation, a date). */
  timelineRow(text: string | RegExp): Locator {
    return this.timelineRows.filter({ hasText: text });
  }

  /** Opens the conversation in that timeline row on the Gesprekken screen. */
  async openFromTimeline(text: string | RegExp): Promise<void> {
    await this.timelineRow(text).getByRole('button').first().click();
  }

  /**
   * Records a small touch through the inline "Contact gehad" form and waits until it is in the timeline.
   * `channel` is the option's label or value (telefoon, kaartje, bericht, email, persoonlijk, social);
   * `date` is YYYY-MM-DD, or left as the form's default (today).
   */
  async logTouch(channel: string, date: string | null, note: string): Promise<void> {
    await this.touchToggle.click();
    await this.touchForm.getByLabel(/^(hoe|how)$/i).selectOption(channel);
    if (date) await this.touchForm.getByLabel(/^(wanneer|when)$/i).fill(date);
    await this.touchForm.getByLabel(/^(notitie|note)$/i).fill(note);
    await this.touchForm.getByRole('button', { name: /^(vastleggen|record)$/i }).click();
    await this.touchForm.waitFor({ state: 'detached' });
    if (note) await this.timelineRow(note).waitFor();
  }

  /** Removes the touch in the row with `text`; the toast then offers to undo it. */
  async removeTouch(text: string | RegExp): Promise<void> {
    await this.timelineRow(text)
      .getByRole('button', { name: /(weghalen|remove)/i })
      .click();
  }

  /** Names on the path from the user to this contact, in order, "Jij"/"You" first and this contact last. */
  async chainNames(): Promise<string[]> {
    return (await this.chainPath.getByRole('listitem').allInnerTexts()).map((s) => s.trim());
  }

  /** The introducers, nearest first (as the contract's `introducedBy`), without "Jij" and this contact. */
  async introducedByNames(): Promise<string[]> {
    return (await this.chainPath.getByRole('button').allInnerTexts()).map((s) => s.trim()).reverse();
  }

  /** The item for someone this contact introduced, with what came of it, e.g. "Ruud: gesprek op …". */
  introducedPerson(name: string | RegExp): Locator {
    return this.introduced.filter({ hasText: name });
  }

  /** Goes to the contact with this name by its link in the Verwijzingen card. */
  async followChainLink(name: string): Promise<void> {
    await this.chain.getByRole('button', { name, exact: true }).click();
  }

  async openLearning(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(wat leer ik|what i learn)$/i })
      .click();
    await this.learningHeading.waitFor();
  }

  /** Picks a period by its label: "Afgelopen maand", "Afgelopen 3 maanden", "Afgelopen jaar", "Alles". */
  async period(label: string | RegExp): Promise<void> {
    await this.periodFilter.getByRole('button', { name: label }).click();
  }

  /** The learning point that says `text` (its date, contact and conversation link are in it). */
  learningPoint(text: string | RegExp): Locator {
    return this.learningPoints.filter({ hasText: text });
  }
}
