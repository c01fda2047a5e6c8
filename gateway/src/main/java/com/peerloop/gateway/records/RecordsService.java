package com.peerloop.gateway.records;

import com.peerloop.gateway.records.RecordChanged.Kind;
import com.peerloop.gateway.records.RecordsRequests.CourseView;
import com.peerloop.gateway.records.RecordsRequests.PurchaseView;
import com.peerloop.gateway.web.ApiProblemException;
import com.peerloop.gateway.web.Problems;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotent writes of PeerLoop's records. Each real change publishes a {@link RecordChanged} inside
 * its transaction; a repeat that changes nothing publishes nothing.
 */
@Service
class RecordsService {

    private static final Logger log = LoggerFactory.getLogger(RecordsService.class);

    private final CourseRepository courses;
    private final CourseTeacherRepository teachers;
    private final EnrollmentRepository enrollments;
    private final PurchaseRepository purchases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordsService(
            CourseRepository courses,
            CourseTeacherRepository teachers,
            EnrollmentRepository enrollments,
            PurchaseRepository purchases,
            ApplicationEventPublisher events,
            Clock clock) {
        this.courses = courses;
        this.teachers = teachers;
        this.enrollments = enrollments;
        this.purchases = purchases;
        this.events = events;
        this.clock = clock;
    }

    /** Who asked, for the events' audit fields. */
    record Actor(String userId, String requestId) {}

    @Transactional
    CourseView saveCourse(String courseId, String creatorId, String title, Actor actor) {
        Instant now = clock.instant();
        Course course = courses.findById(courseId).orElse(null);
        if (course == null) {
            course = courses.save(new Course(courseId, creatorId, title, now));
            publish(Kind.COURSE_SAVED, courseId, null, creatorId, null, null, actor);
        } else if (!course.creatorId().equals(creatorId) || !course.title().equals(title)) {
            String previous = course.creatorId().equals(creatorId) ? null : course.creatorId();
            course.update(creatorId, title, now);
            publish(Kind.COURSE_SAVED, courseId, null, creatorId, previous, null, actor);
        }
        return new CourseView(course.id(), course.creatorId(), course.title());
    }

    @Transactional
    void addTeacher(String courseId, String userId, Actor actor) {
        Course course = existingCourse(courseId);
        CourseTeacher.Key key = new CourseTeacher.Key(courseId, userId);
        if (!teachers.existsById(key)) {
            teachers.save(new CourseTeacher(courseId, userId, clock.instant()));
            publish(Kind.TEACHER_ADDED, courseId, userId, course.creatorId(), null, null, actor);
        }
    }

    @Transactional
    void removeTeacher(String courseId, String userId, Actor actor) {
        Course course = courses.findById(courseId).orElse(null);
        CourseTeacher.Key key = new CourseTeacher.Key(courseId, userId);
        if (course != null && teachers.existsById(key)) {
            teachers.deleteById(key);
            publish(Kind.TEACHER_REMOVED, courseId, userId, course.creatorId(), null, null, actor);
        }
    }

    @Transactional
    void enroll(String courseId, String userId, Actor actor) {
        Course course = existingCourse(courseId);
        Instant now = clock.instant();
        Enrollment enrollment =
                enrollments.findById(new Enrollment.Key(courseId, userId)).orElse(null);
        if (enrollment == null) {
            enrollments.save(new Enrollment(courseId, userId, now));
        } else if (!enrollment.activate(now)) {
            return;
        }
        publish(Kind.ENROLLED, courseId, userId, course.creatorId(), null, null, actor);
    }

    @Transactional
    void drop(String courseId, String userId, Actor actor) {
        // Removing from an unknown course is already done: a retried DELETE stays 204.
        Course course = courses.findById(courseId).orElse(null);
        if (course == null) {
            return;
        }
        enrollments
                .findById(new Enrollment.Key(courseId, userId))
                .filter(e -> e.drop(clock.instant()))
                .ifPresent(e -> publish(Kind.DROPPED, courseId, userId, course.creatorId(), null, null, actor));
    }

    @Transactional
    PurchaseView savePurchase(String purchaseId, String userId, String creatorId, String courseId, Actor actor) {
        Purchase purchase = purchases.findById(purchaseId).orElse(null);
        if (purchase == null) {
            purchase = purchases.save(new Purchase(purchaseId, userId, creatorId, courseId, clock.instant()));
            publish(Kind.PURCHASED, courseId, userId, creatorId, null, purchaseId, actor);
        } else if (!purchase.userId().equals(userId)
                || !purchase.creatorId().equals(creatorId)
                || !Objects.equals(purchase.courseId(), courseId)) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    "conflict",
                    "Conflict",
                    "Purchase " + purchaseId + " is already recorded with other details.");
        }
        return new PurchaseView(
                purchaseId, purchase.userId(), purchase.creatorId(), purchase.courseId(), purchase.isRefunded());
    }

    @Transactional
    void refund(String purchaseId, Actor actor) {
        purchases
                .findById(purchaseId)
                .filter(p -> p.refund(clock.instant()))
                .ifPresent(
                        p -> publish(Kind.REFUNDED, p.courseId(), p.userId(), p.creatorId(), null, purchaseId, actor));
    }

    private Course existingCourse(String courseId) {
        return courses.findById(courseId).orElseThrow(() -> Problems.notFound("No course " + courseId + "."));
    }

    private void publish(
            Kind kind,
            String courseId,
            String userId,
            String creatorId,
            String previousCreatorId,
            String purchaseId,
            Actor actor) {
        RecordChanged change = new RecordChanged(
                kind, courseId, userId, creatorId, previousCreatorId, purchaseId, actor.userId(), actor.requestId());
        log.info("record changed: kind={} target={} actor={}", kind, change.target(), actor.userId());
        events.publishEvent(change);
    }
}
