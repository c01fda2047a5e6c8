package com.peerloop.testsupport;

import com.peerloop.fakestream.FakeStream;
import com.peerloop.fakestream.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Fails a gateway integration test when the fake Stream refused (4xx) a request the gateway sent and the test
 * did not provoke it: the gateway should never send Stream a request Stream turns down. Provoked on purpose
 * are failures injected with {@code failNext}/{@code failAlways}/{@code rateLimitAlways}, requests a test sends
 * with a user token, and operations declared with {@link ExpectStreamRefusals} or
 * {@code stream.expectRefusals(...)}. Refusals that arrived between two tests are reported by the next one.
 */
public final class StreamRefusalGuard implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(StreamRefusalGuard.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        FakeStream stream = stream(context);
        if (stream == null) {
            return;
        }
        List<RecordedRequest> before = stream.takeUnexpectedRefusals();
        context.getStore(NAMESPACE).put("before", before);
        expected(context).forEach(stream::expectRefusals);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        FakeStream stream = stream(context);
        if (stream == null) {
            return;
        }
        expected(context).forEach(stream::expectRefusals);
        @SuppressWarnings("unchecked")
        List<RecordedRequest> before = context.getStore(NAMESPACE).getOrDefault("before", List.class, List.of());
        verify(stream, before);
    }

    /**
     * Throws when {@code before} or the fake's unexpected refusals since the last look are not empty; the message
     * names each one's operation, status, Stream error code and message.
     */
    public static void verify(FakeStream stream, List<RecordedRequest> before) {
        List<RecordedRequest> during = stream.takeUnexpectedRefusals();
        if (before.isEmpty() && during.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        before.forEach(request -> lines.add(describe(request) + " (before this test started)"));
        during.forEach(request -> lines.add(describe(request)));
        throw new AssertionError("the fake Stream refused " + lines.size() + " request(s) the gateway sent that the "
                + "test did not provoke (declare deliberate ones with @ExpectStreamRefusals or "
                + "stream.expectRefusals):\n  " + String.join("\n  ", lines));
    }

    /** e.g. {@code addActivity: status 400, code 4, "AddActivity failed with error: …" (POST /api/v2/feeds/activities)}. */
    static String describe(RecordedRequest request) {
        return request.operation() + ": status " + request.status() + ", code " + request.responseCode() + ", \""
                + request.responseMessage() + "\" (" + request.method() + " " + request.path() + ")";
    }

    private static List<String[]> expected(ExtensionContext context) {
        List<String[]> operations = new ArrayList<>();
        context.getTestClass()
                .map(type -> type.getAnnotation(ExpectStreamRefusals.class))
                .ifPresent(annotation -> operations.add(annotation.value()));
        context.getTestMethod()
                .map(method -> method.getAnnotation(ExpectStreamRefusals.class))
                .ifPresent(annotation -> operations.add(annotation.value()));
        return operations;
    }

    /** The context's fake Stream, or {@code null} when the test runs against a real Stream. */
    private static FakeStream stream(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        return spring.getBeanProvider(FakeStream.class).getIfAvailable();
    }
}
