import type { OwnQuestion, QuestionPurpose } from '$contract/domain';
import { api, unwrap } from '../../shared/api';

/** The questions the person wrote and kept in the bank themselves, for later conversations. */
class OwnQuestions {
  list = $state<OwnQuestion[]>([]);

  async load(): Promise<void> {
    this.list = await unwrap(api.questions.list());
  }

  async keep(purpose: QuestionPurpose, text: string): Promise<void> {
    const kept = await unwrap(api.questions.add({ purpose, text }));
    this.list = [...this.list, kept];
  }

  async forget(id: string): Promise<void> {
    await unwrap(api.questions.delete({ id }));
    this.list = this.list.filter((q) => q.id !== id);
  }
}

export const ownQuestions = new OwnQuestions();
