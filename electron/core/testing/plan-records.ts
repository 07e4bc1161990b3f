/** One valid record of each of the network plan's kinds (issue 14), for tests; `at` stamps them all. */
import {
  PROFILE_ID,
  type HelpAsk,
  type HelpRequest,
  type MessageTemplate,
  type PlannedAction,
  type Profile,
} from '../../contract/domain';

const at = '2026-12-01T10:00:00.000Z';

export function profileRecord(changes: Partial<Profile> = {}): Profile {
  return {
    id: PROFILE_ID,
    lookingFor: {
      role: 'beleidsadviseur',
      field: 'energie',
      region: 'Utrecht',
      organisationKind: 'gemeente',
    },
    pitch: 'Ik ben Sanne, beleidsadviseur met tien jaar ervaring in de energietransitie.',
    successStories: ['Een wijkaanpak opgezet waar 400 huishoudens aan meededen.'],
    questions: { want: 'Werk aan de energietransitie', can: '', offer: '', where: 'Utrecht', whoCanHelp: '' },
    reached: null,
    createdAt: at,
    updatedAt: at,
    ...changes,
  };
}

export function helpRequestRecord(changes: Partial<HelpRequest> = {}): HelpRequest {
  return {
    id: 'h1',
    question: 'Wie kent iemand bij de gemeente Utrecht die aan warmtenetten werkt?',
    context: 'Ik wil weten hoe de gemeente de wijken kiest.',
    status: 'open',
    createdAt: at,
    closedAt: null,
    updatedAt: at,
    ...changes,
  };
}

export function helpAskRecord(changes: Partial<HelpAsk> = {}): HelpAsk {
  return {
    id: 'ask1',
    helpRequestId: 'h1',
    contactId: null,
    contactName: 'Anna de Vries',
    askedOn: '2026-12-01',
    channel: 'email',
    answer: '',
    answeredOn: null,
    followUp: '',
    conversationId: null,
    createdAt: at,
    updatedAt: at,
    ...changes,
  };
}

export function plannedActionRecord(changes: Partial<PlannedAction> = {}): PlannedAction {
  return {
    id: 'act1',
    contactId: null,
    who: 'iemand bij Eneco',
    week: '2026-W50',
    date: null,
    what: 'Vragen om een kennismaking',
    kind: 'verwijzing-vragen',
    threeB: 'bouwen',
    helpRequestId: null,
    doneOn: null,
    reflection: null,
    createdAt: at,
    updatedAt: at,
    ...changes,
  };
}

export function messageTemplateRecord(changes: Partial<MessageTemplate> = {}): MessageTemplate {
  return {
    id: 'tpl1',
    name: 'Kaartje na een gesprek',
    purpose: 'bedanken',
    medium: 'kaartje',
    language: 'nl',
    formal: false,
    subject: '',
    body: 'Beste {naam}, dank je wel voor ons gesprek.',
    createdAt: at,
    updatedAt: at,
    ...changes,
  };
}
