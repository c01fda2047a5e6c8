package com.peerloop.gateway.records;

/**
 * Published inside the transaction that changed a record, only when something actually changed, so
 * that listeners can write their own rows (sync intents, audit entries) atomically with it, or act
 * after commit (cache invalidation).
 *
 * @param kind              what happened
 * @param courseId          the course concerned, if any
 * @param userId            the student, teacher or purchaser concerned, if any
 * @param creatorId         the creator concerned (course creator or seller), if any
 * @param previousCreatorId for {@link Kind#COURSE_SAVED}: the creator before the change, if it changed
 * @param purchaseId        for purchases and refunds
 * @param actorId           who asked for the change
 * @param requestId         the request that made it
 */
public record RecordChanged(
        Kind kind,
        String courseId,
        String userId,
        String creatorId,
        String previousCreatorId,
        String purchaseId,
        String actorId,
        String requestId) {

    public enum Kind {
        COURSE_SAVED,
        TEACHER_ADDED,
        TEACHER_REMOVED,
        ENROLLED,
        DROPPED,
        PURCHASED,
        REFUNDED
    }

    /** The audit target, e.g. {@code course:c1/enrollment:u1}. */
    public String target() {
        return switch (kind) {
            case COURSE_SAVED -> "course:" + courseId;
            case TEACHER_ADDED, TEACHER_REMOVED -> "course:" + courseId + "/teacher:" + userId;
            case ENROLLED, DROPPED -> "course:" + courseId + "/enrollment:" + userId;
            case PURCHASED, REFUNDED -> "purchase:" + purchaseId;
        };
    }
}
