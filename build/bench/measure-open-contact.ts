/**
 * Section 4 of the bench: opening a contact with 50 conversations (timeline + get + chain), the script work
 * behind the contact page, right after an edit elsewhere and again, and with the IPC structured clone.
 */
import { performance } from 'node:perf_hooks';
import { ContactListQuery } from '../../electron/contract/contract';
import type { App } from './app';
import { OPEN_CONTACT_REPS, time } from './options';

/** Opens the busiest contact again and again; the figures are lists of samples (after warm-up). */
export async function measureOpenContact({ store, book, conversations }: App) {
  const contacts = store.data.contacts;
  const busy = contacts.find((c) => book.activity.conversationsOf(c.id).length === 50);
  if (!busy) throw new Error('The generated journal has no contact with 50 conversations.');
  const openContact = () => {
    const timeline = conversations.timeline(busy.id);
    const contact = book.get(busy.id);
    const chain = conversations.chain(busy.id);
    return { timeline, contact, chain };
  };
  const { timeline: busyTimeline, chain: busyChain } = openContact();
  const openWarm: number[] = [];
  const openAfterEdit: number[] = [];
  const openIpc: number[] = [];
  const others = store.data.conversations.filter((c) => c.contactId !== busy.id);
  for (let rep = 0; rep < 3 + OPEN_CONTACT_REPS; rep++) {
    const sample = rep >= 3;
    // After an edit elsewhere (the usual way to arrive at a page): every derived view is out of date.
    conversations.update(others[(rep * 7919) % others.length]!.id, { notes: `Bewerking ${rep}.` });
    book.list(ContactListQuery.parse({ sort: 'lastContact' }));
    const [edited] = await time(openContact);
    const [warm, page] = await time(openContact);
    const start = performance.now();
    structuredClone(page);
    const ipc = performance.now() - start;
    if (sample) {
      openAfterEdit.push(edited);
      openWarm.push(warm);
      openIpc.push(warm + ipc);
    }
  }
  return { busy, busyTimeline, busyChain, openAfterEdit, openWarm, openIpc };
}
