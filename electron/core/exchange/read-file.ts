/**
 * The file readers (read/, issue 12) as the import flow uses them: a file core knows gives its people at
 * once; a CSV of unknown columns gives its columns first and reads its rows once the person mapped them,
 * from the same bytes. The readers' refusals (import_too_large, import_empty, import_not_text,
 * import_no_rows, import_unreadable, import_no_name_column) reach the page as they are.
 */
import { applyMapping, readPeopleFile as readFile } from './read/read-people-file';
import type { PeopleReader } from './reading';

export const readPeopleFile: PeopleReader = (bytes, fileName) => {
  const file = readFile(bytes, fileName);
  if (file.kind === 'people') {
    const { format, people, skipped, leftOut } = file;
    return { format, people, skipped, ...(leftOut && { leftOut }) };
  }
  return {
    format: 'csv',
    columns: { header: file.header, rows: file.rows, suggested: file.suggested },
    map: (mapping) => {
      const mapped = applyMapping(bytes, mapping);
      return { people: mapped.people, skipped: mapped.skipped };
    },
  };
};
