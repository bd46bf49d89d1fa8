/** The QBR being edited: agenda, highlights, notes and meeting date, with what was last saved. */
import type { Highlight, QbrReview } from '../../../../shared/api';

export interface ReviewDraft {
  agenda: string[];
  highlights: Highlight[];
  notes: string;
  meetingDate: string;
}

export function draftOf(review: QbrReview): ReviewDraft {
  return {
    agenda: review.agenda,
    highlights: review.highlights,
    notes: review.notes,
    meetingDate: review.meetingDate ?? '',
  };
}

/** What `qbr.save` stores: blank lines dropped. */
export function toSave(d: ReviewDraft) {
  return {
    agenda: d.agenda.map((a) => a.trim()).filter(Boolean),
    highlights: d.highlights.map((h) => ({ ...h, text: h.text.trim() })).filter((h) => h.text),
    notes: d.notes,
    meetingDate: d.meetingDate || null,
  };
}

export function sameDraft(a: ReviewDraft, b: ReviewDraft): boolean {
  return JSON.stringify(toSave(a)) === JSON.stringify(toSave(b));
}
