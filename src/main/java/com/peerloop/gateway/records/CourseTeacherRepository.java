package com.peerloop.gateway.records;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseTeacherRepository extends JpaRepository<CourseTeacher, CourseTeacher.Key> {

    @Query("select t.key.userId from CourseTeacher t where t.key.courseId = :courseId")
    List<String> teacherIds(String courseId);

    @Query("select t.key.courseId from CourseTeacher t where t.key.userId = :userId")
    List<String> coursesTaughtBy(String userId);
}
