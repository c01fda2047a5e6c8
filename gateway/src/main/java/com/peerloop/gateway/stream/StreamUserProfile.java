package com.peerloop.gateway.stream;

/** What Stream keeps about a PeerLoop user: id, display name and avatar URL (both may be null). */
public record StreamUserProfile(String id, String name, String image) {}
