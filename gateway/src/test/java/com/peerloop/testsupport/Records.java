package com.peerloop.testsupport;

/** Writes PeerLoop records through the gateway's internal API, as the PeerLoop backend does. */
public final class Records {

    private final Api api;
    private final String serviceToken;

    public Records(Api api, TestJwts jwts) {
        this.api = api;
        this.serviceToken = jwts.token("peerloop-backend", "service");
    }

    public Records course(String courseId, String creatorId) {
        return expect(
                api.put(
                        "/api/internal/courses/" + courseId,
                        serviceToken,
                        "{\"creatorId\":\"" + creatorId + "\",\"title\":\"Course " + courseId + "\"}"),
                200);
    }

    public Records teacher(String courseId, String userId) {
        return expect(api.put("/api/internal/courses/" + courseId + "/teachers/" + userId, serviceToken, null), 204);
    }

    public Records removeTeacher(String courseId, String userId) {
        return expect(api.delete("/api/internal/courses/" + courseId + "/teachers/" + userId, serviceToken), 204);
    }

    public Records enroll(String courseId, String userId) {
        return expect(api.put("/api/internal/courses/" + courseId + "/enrollments/" + userId, serviceToken, null), 204);
    }

    public Records drop(String courseId, String userId) {
        return expect(api.delete("/api/internal/courses/" + courseId + "/enrollments/" + userId, serviceToken), 204);
    }

    public Records purchase(String purchaseId, String userId, String creatorId) {
        return expect(
                api.put(
                        "/api/internal/purchases/" + purchaseId,
                        serviceToken,
                        "{\"userId\":\"" + userId + "\",\"creatorId\":\"" + creatorId + "\"}"),
                200);
    }

    public Records refund(String purchaseId) {
        return expect(api.delete("/api/internal/purchases/" + purchaseId, serviceToken), 204);
    }

    private Records expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("records API answered " + response.status() + ": " + response.body());
        }
        return this;
    }
}
