package com.peerloop.gateway.records;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, String> {

    List<Course> findByCreatorId(String creatorId);
}
