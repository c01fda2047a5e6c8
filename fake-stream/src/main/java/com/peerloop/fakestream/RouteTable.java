package com.peerloop.fakestream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Matches a method and decoded path segments to a route; the first registered match wins. */
final class RouteTable {

    /** A matched route and the values of its placeholders. */
    record Match(Route route, Map<String, String> params) {}

    private final List<Route> routes = new ArrayList<>();

    RouteTable add(String method, String template, String operation, Route.Handler handler) {
        return add(method, template, operation, false, handler);
    }

    RouteTable addUserReadable(String method, String template, String operation, Route.Handler handler) {
        return add(method, template, operation, true, handler);
    }

    private RouteTable add(String method, String template, String operation, boolean users, Route.Handler handler) {
        routes.add(new Route(method, segments(template), operation, users, handler));
        return this;
    }

    Optional<Match> match(String method, List<String> path) {
        for (Route route : routes) {
            Map<String, String> params = bind(route.template(), path);
            if (params != null && route.method().equals(method)) {
                return Optional.of(new Match(route, params));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> bind(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String part = template.get(i);
            if (part.startsWith("{") && part.endsWith("}")) {
                params.put(part.substring(1, part.length() - 1), path.get(i));
            } else if (!part.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }

    static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).toList();
    }
}
