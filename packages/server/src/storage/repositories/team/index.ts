import type { RepositoryContext } from '../repository-context.js';
import {
  type ConversationScoresRepository,
  conversationScoresRepository,
} from './conversation-scores-repository.js';
import { type MomentsCreatedRepository, momentsCreatedRepository } from './moments-created-repository.js';
import { type ReplyScoresRepository, replyScoresRepository } from './reply-scores-repository.js';
import {
  type TeamGoalInput,
  type TeamGoalsRepository,
  teamGoalsRepository,
} from './team-goals-repository.js';
import {
  type TeamReview,
  type TeamReviewInput,
  type TeamReviewsRepository,
  teamReviewsRepository,
} from './team-reviews-repository.js';

export type { TallyQuery } from './tally-queries.js';

/** The team scorecard's tables: scored replies, conversation endings, leads' reviews and goals. */
export interface TeamRepositories {
  readonly replyScores: ReplyScoresRepository;
  readonly conversationScores: ConversationScoresRepository;
  readonly reviews: TeamReviewsRepository;
  readonly goals: TeamGoalsRepository;
  readonly momentsCreated: MomentsCreatedRepository;
}

export function teamRepositories(ctx: RepositoryContext): TeamRepositories {
  return {
    replyScores: replyScoresRepository(ctx),
    conversationScores: conversationScoresRepository(ctx),
    reviews: teamReviewsRepository(ctx),
    goals: teamGoalsRepository(ctx),
    momentsCreated: momentsCreatedRepository(ctx),
  };
}

export type {
  ConversationScoresRepository,
  MomentsCreatedRepository,
  ReplyScoresRepository,
  TeamGoalInput,
  TeamGoalsRepository,
  TeamReview,
  TeamReviewInput,
  TeamReviewsRepository,
};
