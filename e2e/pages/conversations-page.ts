import { expect, type Locator, type Page } from '@playwright/test';

export interface EvaluationInput {
  wentWell?: string;
  couldBeBetter?: string;
  tips?: string[];
  referrals?: { name: string; organisation?: string; role?: string; why?: string }[];
}

export type ThanksHow = 'kaartje' | 'email' | 'bericht' | 'telefoon';

/** The thank-you methods as the radio buttons are labelled, in both languages. */
const thanksLabels: Record<ThanksHow, RegExp> = {
  kaartje: /^(Kaartje|Card)$/,
  email: /^E-mail$/,
  bericht: /^(Bericht|Message)$/,
  telefoon: /^(Telefoon|Phone)$/,
};

/**
 * Where things are on the Gesprekken screen, so tests speak in what a person does. Labels match Dutch
 * and English, so the same steps work in either language.
 *
 * Saving: `planFor` and `pickQuestion` only fill in; `save`, `markHeld`, `evaluate`, `markThanked` and
 * `makeContactFromReferral` save (and wait until the change is stored).
 */
export class ConversationsPage {
  readonly list: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly heading: Locator;
  readonly toast: Locator;
  readonly count: Locator;
  readonly nudge: Locator;
  readonly bank: Locator;
  readonly unsaved: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('listbox', { name: /gesprekkenlijst|conversation list/i });
    this.rows = this.list.getByRole('option');
    this.search = page.getByRole('searchbox', { name: /zoek in doelen|search goals/i });
    this.heading = page.locator('#conversation-title');
    this.toast = page.getByRole('status');
    this.count = page.getByTestId('conversation-count');
    this.nudge = page.getByRole('note');
    this.bank = page.getByRole('region', { name: /vragenbank|question bank/i });
    this.unsaved = page.locator('.cv-editor .chip.unsaved');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** A field of the open conversation by its label (exact when a string). */
  field(label: string | RegExp): Locator {
    return this.page.locator('.cv-editor').getByLabel(label, { exact: typeof label === 'string' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Gesprekken|Conversations)$/ })
      .click();
  }

  async step(name: 'prepare' | 'conversation' | 'evaluation'): Promise<void> {
    // A tab is named by its step and its state ("Gesprek Nog niet gehouden").
    const labels = {
      prepare: /^(Voorbereiden|Prepare)\b/,
      conversation: /^(Gesprek|Conversation)\b/,
      evaluation: /^(Evaluatie|Evaluation)\b/,
    };
    const tab = this.page.getByRole('tab', { name: labels[name] });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Opens the Gesprekken screen and starts a new conversation with `contactName` (not saved yet). */
  async planFor(contactName: string, options: { goal?: string } = {}): Promise<void> {
    if (!(await this.page.locator('.conversations').isVisible())) await this.open();
    await this.page
      .getByRole('button', { name: /^\+ (Gesprek plannen|Plan a conversation)$/ })
      .first()
      .click();
    await expect(this.heading).toBeVisible();
    const picker = this.page.getByRole('combobox', { name: /^(Contact)$/ });
    await picker.fill(contactName);
    await this.page
      .locator('#conversation-field-contactId-options')
      .getByRole('option', { name: new RegExp(`^${escape(contactName)}`) })
      .first()
      .click();
    await expect(this.heading).toContainText(contactName);
    if (options.goal !== undefined)
      await this.field(/Wat wil ik te weten komen|What do I want to find out/).fill(options.goal);
  }

  /** Picks a question from the question bank into the conversation (not saved yet). */
  async pickQuestion(text: string): Promise<void> {
    await this.step('prepare');
    const question = this.bank.getByRole('button', { name: text });
    await question.click();
    await expect(question).toHaveAttribute('aria-pressed', 'true');
  }

  /** Saves the open conversation and waits until it is stored. */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Opslaan|Save)$/ }).click();
    await expect(this.unsaved).toBeHidden();
    await expect(this.page.locator('.cv-editor .error.banner')).toBeHidden();
  }

  /** Marks the conversation as held (saving it with everything filled in so far). */
  async markHeld(): Promise<void> {
    await this.step('conversation');
    await this.page.getByRole('button', { name: /^(Markeer als gehouden|Mark as held)$/ }).click();
    await expect(this.page.locator('.cv-editor .chip.status.gehouden')).toBeVisible();
    await expect(this.unsaved).toBeHidden();
  }

  /** Fills in the evaluation of a held conversation and saves it. */
  async evaluate(evaluation: EvaluationInput): Promise<void> {
    await this.step('evaluation');
    if (evaluation.wentWell !== undefined)
      await this.field(/^(Wat ging goed\?|What went well\?)$/).fill(evaluation.wentWell);
    if (evaluation.couldBeBetter !== undefined) {
      await this.field(/^(Wat kon beter\?|What could be better\?)$/).fill(evaluation.couldBeBetter);
    }
    for (const tip of evaluation.tips ?? []) {
      await this.field(/^(Nieuwe tip|New tip)$/).fill(tip);
      await this.page.getByRole('button', { name: /^(Tip toevoegen|Add tip)$/ }).click();
    }
    for (const referral of evaluation.referrals ?? []) {
      await this.page.getByRole('button', { name: /(Verwijzing toevoegen|Add referral)$/ }).click();
      // The new referral is the last one, and its name field has focus.
      const group = this.referralGroups().last();
      await group.getByLabel(/^(Naam|Name)$/).fill(referral.name);
      if (referral.organisation)
        await group.getByLabel(/^(Organisatie|Organisation)$/).fill(referral.organisation);
      if (referral.role) await group.getByLabel(/^(Functie|Role)$/).fill(referral.role);
      if (referral.why) await group.getByLabel(/^(Waarom interessant|Why relevant)$/).fill(referral.why);
    }
    await this.save();
  }

  /** The referral cards of the evaluation (each a group named after the person). */
  referralGroups(): Locator {
    return this.page.locator('.cv-editor .referral');
  }

  referral(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  /**
   * "Toevoegen aan netwerk" on the referral `name`. When contacts with a similar name exist, links to `linkTo`
   * if given, else makes a new contact anyway. Waits until the referral shows its contact.
   */
  async makeContactFromReferral(name: string, options: { linkTo?: string } = {}): Promise<void> {
    await this.step('evaluation');
    const referral = this.referral(name);
    await referral.getByRole('button', { name: /^(Toevoegen aan netwerk|Add to network)$/ }).click();
    const dialog = this.page.getByRole('dialog');
    const linked = referral.getByRole('button', { name: /^Open / });
    await expect(dialog.or(linked)).toBeVisible();
    if (await dialog.isVisible()) {
      if (options.linkTo) {
        await dialog
          .getByRole('button', { name: new RegExp(`^(Koppel aan|Link to) ${escape(options.linkTo)}$`) })
          .click();
      } else {
        await dialog.getByRole('button', { name: /^(Toch nieuw contact|New contact anyway)$/ }).click();
      }
    } else if (options.linkTo) {
      throw new Error(
        `No similar contact was offered for ${name}, so it could not be linked to ${options.linkTo}`,
      );
    }
    await expect(linked).toBeVisible();
  }

  /** Opens the contact a referral became (leaves for the contacts screen). */
  async openReferralContact(name: string): Promise<void> {
    await this.referral(name)
      .getByRole('button', { name: /^Open / })
      .click();
  }

  /** One click "Ik heb bedankt" (thanked today), with how it was done; saves. */
  async markThanked(how: ThanksHow): Promise<void> {
    await this.step('evaluation');
    await this.page.getByRole('radio', { name: thanksLabels[how] }).check();
    await this.page.getByRole('button', { name: /^✓ (Ik heb bedankt|I said thank you)$/ }).click();
    await expect(this.page.getByText(/^(Bedankt .*, op |Thanked .*, on )/)).toBeVisible();
    await expect(this.unsaved).toBeHidden();
  }

  /** Shows only held conversations that still lack an evaluation, via the nudge. */
  async showMissingEvaluations(): Promise<void> {
    await this.nudge.getByRole('button').click();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
