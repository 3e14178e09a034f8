import { hasRole, type Actor } from '../../platform/actor.js';

/** Editors of the portal's news are the coordination office (同城化办公室). */
export function canEditNews(actor: Actor): boolean {
  return hasRole(actor, 'coordination_office');
}

/**
 * Two people for every article: the reviewer is another member of the office, neither the one
 * who submitted it nor the one who last changed its content.
 */
export function canReviewArticle(
  actor: Actor,
  article: { status: string; submittedBy: string | null; updatedBy: string },
): boolean {
  return (
    canEditNews(actor) &&
    article.status === 'in_review' &&
    article.submittedBy !== actor.userId &&
    article.updatedBy !== actor.userId
  );
}
