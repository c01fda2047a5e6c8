package com.peerloop.gateway.records;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseTeacherRepository extends JpaRepository<CourseTeacher, CourseTeacher.Key> {}
