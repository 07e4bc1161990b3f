/** Words about saving the journal: the banner when saving fails, the backup notice, read-only journals. */
export const savingNL = {
  failingTitle: 'Je wijzigingen zijn nog niet opgeslagen',
  kept: 'Alles wat je invoert, blijft in de app bewaard en wordt vanzelf opnieuw opgeslagen zodra het kan. Sluit de app niet af voordat deze melding weg is, of kies “Opslaan als…” om je dagboek op een andere plek op te slaan.',
  since: (time: string) => `Mislukt sinds ${time}.`,
  retry: 'Opnieuw proberen',
  retrying: 'Bezig met opslaan…',
  saveAs: 'Opslaan als…',
  savedAgain: 'Alles is weer opgeslagen.',
  savedElsewhere: (path: string) => `Je dagboek is opgeslagen in ${path} en wordt voortaan daar bewaard.`,
  stillFailing: 'Opslaan lukt nog steeds niet. De app blijft het proberen.',
  notYetSaved:
    'Je wijziging staat in de app, maar is nog niet op schijf opgeslagen. Dat gebeurt vanzelf zodra het weer kan (zie de melding bovenin).',
  backupTitle: 'De reservekopie van vandaag is niet gemaakt',
  backupText: (problem: string) =>
    `${problem} Je dagboek zelf is in orde en wordt gewoon opgeslagen; de app probeert de reservekopie bij de volgende start opnieuw.`,
  readOnlyTitle: 'Je dagboek is alleen-lezen geopend',
  readOnlyFile:
    'Het bestand is alleen-lezen gemaakt, dus de app verandert er niets aan: je kunt alles bekijken, maar niets wijzigen. Wil je weer kunnen schrijven? Zet het bestand op schrijfbaar en start de app opnieuw.',
  readOnlyFolder:
    'De map waarin je dagboek staat, mag niet worden beschreven, dus de app verandert er niets aan: je kunt alles bekijken, maar niets wijzigen. Geef jezelf schrijfrechten op de map en start de app opnieuw.',
};
