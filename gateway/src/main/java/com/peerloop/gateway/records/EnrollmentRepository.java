package com.peerloop.gateway.records;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentRepository extends JpaRepository<Enrollment, Enrollment.Key> {}
