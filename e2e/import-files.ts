/** Files to import in the e2e journeys and screenshots (issue 12), written as the apps write them. */

/** Connections.csv as LinkedIn exports it today: a BOM, the Notes preamble and a blank line, quoted cells. */
export const connections = [
  '\uFEFFNotes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about this here: https://www.linkedin.com/help/linkedin/answer/261"',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Anna,de Vries,https://www.linkedin.com/in/annadevries,,Gemeente Utrecht,Beleidsadviseur,12 Mar 2024',
  'Bram,Jansen,https://www.linkedin.com/in/bram-jansen-123,bram@example.nl,"Rabobank, Utrecht",Data-analist,03 Jun 2023',
  'Carla,Smit,https://www.linkedin.com/in/carlasmit,,ASML,"Engineer ""EUV""",20 Jan 2022',
  ',,https://www.linkedin.com/in/nobody,,,,01 Jan 2020',
  '',
].join('\r\n');

/** People as a LinkedIn export of a Dutch job seeker might hold them, for the pictures. */
const people: [string, string, string, string][] = [
  ['Anna', 'de Vries', 'Gemeente Utrecht', 'Beleidsadviseur onderwijs'],
  ['Bram', 'Jansen', 'Rabobank', 'Data-analist'],
  ['Sophie', 'Bakker', 'Gemeente Amersfoort', 'Adviseur werk en inkomen'],
  ['Daan', 'Visser', 'Alliander', 'Data engineer'],
  ['Fleur', 'Smit', 'Hogeschool Utrecht', 'Docent'],
  ['Thijs', 'Meijer', 'ASML', 'Recruiter'],
  ['Noor', 'de Boer', 'UWV', 'Loopbaanadviseur'],
  ['Lars', 'Mulder', 'Philips', 'Productmanager'],
  ['Emma', 'de Groot', 'NS', 'Teamleider'],
  ['Jesse', 'Bos', 'Provincie Utrecht', 'Beleidsmedewerker'],
  ['Lieke', 'Vos', 'Stichting Lezen', 'Projectleider'],
  ['Ruben', 'Peters', 'KPN', 'HR business partner'],
  ['Sanne', 'Hendriks', 'Randstad', 'Intercedent'],
  ['Milan', 'van Leeuwen', 'Bol', 'Software engineer'],
  ['Julia', 'Dekker', 'Ministerie van OCW', 'Senior beleidsmedewerker'],
  ['Bas', 'Brouwer', 'Gemeente Zeist', 'Wijkcoördinator'],
  ['Eva', 'de Wit', 'Achmea', 'Data scientist'],
  ['Tim', 'Dijkstra', 'ROC Midden Nederland', 'Docent Nederlands'],
  ['Iris', 'Smits', 'Erasmus MC', 'Onderzoeker'],
  ['Stijn', 'de Graaf', 'Eneco', 'Projectmanager'],
];

/** A bigger export for the pictures; every third person without an e-mail, as LinkedIn gives them. */
export function manyConnections(): string {
  const rows = people.map(([first, last, company, position], i) => {
    const slug = `${first}-${last}`.toLowerCase().replace(/[^a-z]+/g, '-');
    const email = i % 3 === 0 ? `${first.toLowerCase()}@example.nl` : '';
    return `${first},${last},https://www.linkedin.com/in/${slug},${email},${company},${position},${String((i % 27) + 1).padStart(2, '0')} Mar 2024`;
  });
  rows.push(',,https://www.linkedin.com/in/unknown,,,,01 Jan 2020');
  return [
    '\uFEFFNotes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...rows,
    '',
  ].join('\r\n');
}

/** A list from a spreadsheet no app we know wrote: its columns are picked in the mapping step. */
export const clubList =
  'Wie;Club;Post\nJoost Kuipers;Hockeyclub Utrecht;joost@example.nl\nMarieke Bos;Koor;\n';
