/**
 * Built-in question suggestions for a netwerkgesprek, grouped by what they are for, in both UI languages.
 *
 * The person picks from these (or writes their own, which core keeps in the journal); a picked question is
 * copied into the conversation in the language shown at that moment, so changing the language later never
 * rewrites what was prepared.
 */
import type { Language } from '$contract/contract';
import { questionPurposes, type OwnQuestion, type QuestionPurpose } from '$contract/domain';

/** One suggestion: the same question in Dutch and English. */
export interface BuiltInQuestion {
  id: string;
  purpose: QuestionPurpose;
  text: Record<Language, string>;
}

/** A question as the bank shows it: built in, or one of the person's own (which can be removed). */
export interface BankQuestion {
  id: string;
  purpose: QuestionPurpose;
  text: string;
  own: boolean;
}

const q = (id: string, purpose: QuestionPurpose, nl: string, en: string): BuiltInQuestion => ({
  id,
  purpose,
  text: { nl, en },
});

export const builtInQuestions: readonly BuiltInQuestion[] = [
  // Asking for tips and names: not for vacancies, but for someone to think along.
  q(
    'tips-1',
    'tips-en-namen',
    'Wie zou ik volgens jou nog meer moeten spreken over dit vak?',
    'Who else do you think I should talk to about this line of work?',
  ),
  q(
    'tips-2',
    'tips-en-namen',
    'Ken je organisaties die de moeite waard zijn om eens te benaderen?',
    'Do you know organisations that would be worth approaching?',
  ),
  q(
    'tips-3',
    'tips-en-namen',
    'Wil je met me meedenken over hoe ik mensen in deze richting kan vinden?',
    'Would you help me think about how to find people working in this direction?',
  ),
  q(
    'tips-4',
    'tips-en-namen',
    'Zie je iets in mijn verhaal of cv dat ik anders zou moeten aanpakken?',
    'Is there anything in my story or CV you would approach differently?',
  ),
  q(
    'tips-5',
    'tips-en-namen',
    'Zou je eens willen navragen of een open sollicitatie daar zin heeft?',
    'Would you be willing to find out whether an open application makes sense there?',
  ),
  q(
    'tips-6',
    'tips-en-namen',
    'Welke bijeenkomsten, vakbladen of groepen raad je aan om bij te blijven?',
    'Which events, trade journals or groups would you recommend to keep up?',
  ),

  // Exploring a field, a role or an organisation: appeal to their knowledge, not to a job.
  q(
    'explore-1',
    'verkennen',
    'Hoe ziet een gewone werkweek er voor jou uit?',
    'What does an ordinary working week look like for you?',
  ),
  q(
    'explore-2',
    'verkennen',
    'Hoe ben je zelf in deze functie terechtgekomen?',
    'How did you end up in this role yourself?',
  ),
  q(
    'explore-3',
    'verkennen',
    'Welke ontwikkelingen zie je op dit moment in de sector?',
    'Which developments do you see in the sector at the moment?',
  ),
  q(
    'explore-4',
    'verkennen',
    'Wat maakt iemand echt goed in dit werk?',
    'What makes someone really good at this work?',
  ),
  q(
    'explore-5',
    'verkennen',
    'Wat vind je het mooiste aan je werk, en wat het lastigste?',
    'What do you enjoy most about your work, and what do you find hardest?',
  ),
  q(
    'explore-6',
    'verkennen',
    'Bestaat de functie die ik zoek hier, en maak ik met mijn opleiding en ervaring een kans?',
    'Does the role I am looking for exist here, and do I stand a chance with my education and experience?',
  ),

  // Probing when the answer is "no": find out why, and what would change it.
  q(
    'probe-1',
    'doorvragen',
    'Wat mist er nog in mijn achtergrond voor zo’n functie?',
    'What is still missing in my background for a role like this?',
  ),
  q(
    'probe-2',
    'doorvragen',
    'Welke opleiding of cursus zou mijn kansen het meest vergroten?',
    'Which training or course would improve my chances the most?',
  ),
  q(
    'probe-3',
    'doorvragen',
    'Hoe kan ik de ervaring die ik nog mis het best opdoen?',
    'How could I best gain the experience I am still missing?',
  ),
  q(
    'probe-4',
    'doorvragen',
    'Zijn er vergelijkbare functies in andere branches waar ik met mijn achtergrond wel kans maak?',
    'Are there similar roles in other industries where my background would give me a chance?',
  ),
  q(
    'probe-5',
    'doorvragen',
    'Is er een tussenstap, zoals een stage, traineeship of vrijwilligerswerk, die me dichterbij brengt?',
    'Is there a stepping stone, such as an internship, traineeship or volunteering, that would bring me closer?',
  ),

  // Background, once a real chance appears: how this world works from the inside.
  q(
    'background-1',
    'achtergrond',
    'Hoe vinden organisaties hier meestal nieuwe mensen: via vacatures, bureaus of via via?',
    'How do organisations here usually find new people: job ads, agencies or word of mouth?',
  ),
  q(
    'background-2',
    'achtergrond',
    'Komen dit soort functies regelmatig vrij?',
    'Do roles like this come up regularly?',
  ),
  q(
    'background-3',
    'achtergrond',
    'Uit welke afdelingen bestaat een organisatie als deze, en waar zit dit werk?',
    'Which departments does an organisation like this have, and where does this work sit?',
  ),
  q(
    'background-4',
    'achtergrond',
    'Wat houdt het werk precies in: welke taken komen er elke week langs?',
    'What does the work involve exactly: which tasks come up every week?',
  ),
  q(
    'background-5',
    'achtergrond',
    'Met wie werk je in deze rol het meest samen?',
    'Who do you work with most in this role?',
  ),

  // Closing well: the end of the conversation is where the names come from.
  q(
    'close-1',
    'afsluiten',
    'Met wie zou ik hier nog verder over kunnen praten?',
    'Who could I talk to further about this?',
  ),
  q(
    'close-2',
    'afsluiten',
    'Hoe kan ik die persoon het best bereiken?',
    'What is the best way to reach that person?',
  ),
  q(
    'close-3',
    'afsluiten',
    'Zou je mij aan diegene willen voorstellen, of mag ik zeggen dat ik via jou kom?',
    'Would you introduce me, or may I mention that you sent me?',
  ),
  q(
    'close-4',
    'afsluiten',
    'Mag ik je later laten weten wat dit gesprek heeft opgeleverd?',
    'May I let you know later what came of this conversation?',
  ),
  q(
    'close-5',
    'afsluiten',
    'Is er iets waarmee ik jou op mijn beurt kan helpen?',
    'Is there anything I can help you with in return?',
  ),
];

/** The bank as shown in `language`: built-in suggestions first, then the person's own, per purpose. */
export function questionBank(
  language: Language,
  own: readonly OwnQuestion[],
): Record<QuestionPurpose, BankQuestion[]> {
  const bank = Object.fromEntries(questionPurposes.map((p) => [p, [] as BankQuestion[]])) as Record<
    QuestionPurpose,
    BankQuestion[]
  >;
  for (const b of builtInQuestions)
    bank[b.purpose].push({ id: b.id, purpose: b.purpose, text: b.text[language], own: false });
  for (const o of own) bank[o.purpose].push({ id: o.id, purpose: o.purpose, text: o.text, own: true });
  return bank;
}
