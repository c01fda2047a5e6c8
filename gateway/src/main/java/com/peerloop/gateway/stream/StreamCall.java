package com.peerloop.gateway.stream;

import io.getstream.exceptions.StreamException;
import io.getstream.models.framework.StreamResponse;

/** One SDK request, executed by {@link StreamCalls}. */
@FunctionalInterface
interface StreamCall<T> {
    StreamResponse<T> execute() throws StreamException;
}
