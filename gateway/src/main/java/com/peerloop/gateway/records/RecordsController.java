package com.peerloop.gateway.records;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.records.RecordsRequests.CourseBody;
import com.peerloop.gateway.records.RecordsRequests.CourseView;
import com.peerloop.gateway.records.RecordsRequests.PurchaseBody;
import com.peerloop.gateway.records.RecordsRequests.PurchaseView;
import com.peerloop.gateway.records.RecordsService.Actor;
import com.peerloop.gateway.web.Identifier;
import com.peerloop.gateway.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The PeerLoop backend's writes of courses, teachers, enrollments and purchases (role {@code service}). */
@RestController
@RequestMapping("/api/internal")
class RecordsController {

    private final RecordsService records;

    RecordsController(RecordsService records) {
        this.records = records;
    }

    @PutMapping("/courses/{courseId}")
    CourseView putCourse(
            @PathVariable @Identifier String courseId,
            @Valid @RequestBody CourseBody body,
            @AuthenticationPrincipal PeerLoopUser caller,
            HttpServletRequest request) {
        return records.saveCourse(courseId, body.creatorId(), body.title(), actor(caller, request));
    }

    @PutMapping("/courses/{courseId}/teachers/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void putTeacher(
            @PathVariable @Identifier String courseId,
            @PathVariable @Identifier String userId,
            @AuthenticationPrincipal PeerLoopUser caller,
            HttpServletRequest request) {
        records.addTeacher(courseId, userId, actor(caller, request));
    }

    @DeleteMapping("/courses/{courseId}/teachers/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTeacher(
            @PathVariable @Identifier String courseId,
            @PathVariable @Identifier String userId,
            @AuthenticationPrincipal PeerLoopUser caller,
            HttpServletRequest request) {
        records.removeTeacher(courseId, userId, actor(caller, request));
    }

    @PutMapping("/courses/{courseId}/enrollments/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void putEnrollment(
            @PathVariable @Identifier String courseId,
            @PathVariable @Identifier String userId,
            @AuthenticationPrincipal PeerLoopUser caller,
            HttpServletRequest request) {
        records.enroll(courseId, userId, actor(caller, request));
    }

    @DeleteMapping("/courses/{courseId}/enrollments/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteEnrollment(
            @PathVariable @Identifier String courseId,
            @PathVariable @Identifier String userId,
            @AuthenticationPrincipal PeerLoopUser caller,
            HttpServletRequest request) {
        records.drop(courseId, userId, actor(caller, request));
    }

    @PutMapping("/purchases/{purchaseId}")
    PurchaseView putPurchase(
            @PathVariable @Identifier String purchaseId,
            @Valid @RequestBody PurchaseBody body,
            @AuthenticationPrincipal PeerLoopUser caller,
            HttpServletRequest request) {
        return records.savePurchase(
                purchaseId, body.userId(), body.creatorId(), body.courseId(), actor(caller, request));
    }

    @DeleteMapping("/purchases/{purchaseId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deletePurchase(
            @PathVariable @Identifier String purchaseId,
            @AuthenticationPrincipal PeerLoopUser caller,
            HttpServletRequest request) {
        records.refund(purchaseId, actor(caller, request));
    }

    private static Actor actor(PeerLoopUser caller, HttpServletRequest request) {
        return new Actor(caller.id(), RequestIds.of(request));
    }
}
