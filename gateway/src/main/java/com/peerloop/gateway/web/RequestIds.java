package com.peerloop.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads the request id that {@link RequestIdFilter} assigned to the current request. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIds.class.getName();
    static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("^[A-Za-z0-9._-]{1,128}$");

    private RequestIds() {}

    /** The id of this request; never null, even for requests the filter has not seen. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id instanceof String s ? s : assign(request);
    }

    static String assign(HttpServletRequest request) {
        String incoming = request.getHeader(HEADER);
        String id = incoming != null && WELL_FORMED.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
