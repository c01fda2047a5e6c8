package com.peerloop.gateway.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.OnTestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/** The access look-ups against records written through the entities, on PostgreSQL with the real schema. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@OnTestDatabase
@Import(AccessRecords.class)
class AccessRecordsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    AccessRecords access;

    @Autowired
    CourseRepository courses;

    @Autowired
    CourseTeacherRepository teachers;

    @Autowired
    EnrollmentRepository enrollments;

    @Autowired
    PurchaseRepository purchases;

    @Test
    void unknownCourseHasNoRelation() {
        assertThat(access.courseRelation("ar_none", "ar_u")).isEmpty();
    }

    @Test
    void creatorIsNamedButNeitherEnrolledNorTeaching() {
        courses.saveAndFlush(new Course("ar1", "ar_creator", "Course", NOW));

        assertThat(access.courseRelation("ar1", "ar_creator")).contains(new CourseRelation("ar_creator", false, false));
    }

    @Test
    void activeEnrollmentCountsAndADroppedOneDoesNot() {
        courses.save(new Course("ar2", "ar_creator", "Course", NOW));
        enrollments.save(new Enrollment("ar2", "ar_active", NOW));
        Enrollment dropped = new Enrollment("ar2", "ar_dropped", NOW);
        dropped.drop(NOW.plusSeconds(60));
        enrollments.saveAndFlush(dropped);

        assertThat(access.courseRelation("ar2", "ar_active")).contains(new CourseRelation("ar_creator", true, false));
        assertThat(access.courseRelation("ar2", "ar_dropped")).contains(new CourseRelation("ar_creator", false, false));
    }

    @Test
    void reEnrollmentAfterADropCountsAgain() {
        courses.save(new Course("ar3", "ar_creator", "Course", NOW));
        Enrollment enrollment = new Enrollment("ar3", "ar_back", NOW);
        enrollment.drop(NOW.plusSeconds(60));
        enrollment.activate(NOW.plusSeconds(120));
        enrollments.saveAndFlush(enrollment);

        assertThat(access.courseRelation("ar3", "ar_back")).contains(new CourseRelation("ar_creator", true, false));
    }

    @Test
    void enrollmentInAnotherCourseDoesNotCount() {
        courses.save(new Course("ar4", "ar_creator", "Course", NOW));
        courses.save(new Course("ar5", "ar_creator", "Other", NOW));
        enrollments.saveAndFlush(new Enrollment("ar5", "ar_elsewhere", NOW));

        assertThat(access.courseRelation("ar4", "ar_elsewhere"))
                .contains(new CourseRelation("ar_creator", false, false));
    }

    @Test
    void teacherIsTeachingButNotEnrolled() {
        courses.save(new Course("ar6", "ar_creator", "Course", NOW));
        teachers.saveAndFlush(new CourseTeacher("ar6", "ar_teacher", NOW));

        assertThat(access.courseRelation("ar6", "ar_teacher")).contains(new CourseRelation("ar_creator", false, true));
        assertThat(access.courseRelation("ar6", "ar_someone")).contains(new CourseRelation("ar_creator", false, false));
    }

    @Test
    void purchaseGivesAccessToItsCreatorOnly() {
        purchases.saveAndFlush(new Purchase("arp1", "ar_buyer", "ar_seller", null, NOW));

        assertThat(access.hasActivePurchase("ar_buyer", "ar_seller")).isTrue();
        assertThat(access.hasActivePurchase("ar_buyer", "ar_other_seller")).isFalse();
        assertThat(access.hasActivePurchase("ar_someone", "ar_seller")).isFalse();
    }

    @Test
    void refundedPurchaseGivesNoAccess() {
        Purchase refunded = new Purchase("arp2", "ar_refunded", "ar_seller", null, NOW);
        refunded.refund(NOW.plusSeconds(60));
        purchases.saveAndFlush(refunded);

        assertThat(access.hasActivePurchase("ar_refunded", "ar_seller")).isFalse();
    }

    @Test
    void anotherPurchaseFromTheSameCreatorKeepsAccessAfterARefund() {
        Purchase refunded = new Purchase("arp3", "ar_twice", "ar_seller", null, NOW);
        refunded.refund(NOW.plusSeconds(60));
        purchases.save(refunded);
        purchases.saveAndFlush(new Purchase("arp4", "ar_twice", "ar_seller", "ar7", NOW));

        assertThat(access.hasActivePurchase("ar_twice", "ar_seller")).isTrue();
    }
}
