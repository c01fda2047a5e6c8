package com.peerloop.gateway.records;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Enrollment.Key> {

    @Query("select e.key.courseId from Enrollment e where e.key.userId = :userId and e.status = :status")
    List<String> courseIds(String userId, Enrollment.Status status);

    @Query("select e.key.userId from Enrollment e where e.key.courseId = :courseId and e.status = :status")
    List<String> studentIds(String courseId, Enrollment.Status status);

    default List<String> activeCourseIds(String userId) {
        return courseIds(userId, Enrollment.Status.ACTIVE);
    }

    default List<String> activeStudentIds(String courseId) {
        return studentIds(courseId, Enrollment.Status.ACTIVE);
    }
}
