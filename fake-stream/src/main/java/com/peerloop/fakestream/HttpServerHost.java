package com.peerloop.fakestream;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The JDK HTTP server bound to 127.0.0.1. Requests run on virtual threads when the JVM has them (JDK 21+,
 * looked up reflectively so this compiles on 17), otherwise on a fixed pool of 64 daemon threads.
 */
final class HttpServerHost implements AutoCloseable {

    private static final int POOL_SIZE = 64;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;

    HttpServerHost(int port, HttpHandler handler) {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms per answer.
        // The JDK reads this once, when the first HttpServer of the JVM is created.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind fake Stream to 127.0.0.1:" + port, e);
        }
        executor = newExecutor();
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ExecutorService newExecutor() {
        if (Runtime.version().feature() >= 21) {
            try {
                return (ExecutorService) MethodHandles.publicLookup()
                        .findStatic(
                                Executors.class,
                                "newVirtualThreadPerTaskExecutor",
                                MethodType.methodType(ExecutorService.class))
                        .invoke();
            } catch (Throwable e) {
                // fall back to platform threads below
            }
        }
        return Executors.newFixedThreadPool(POOL_SIZE, runnable -> {
            Thread thread = new Thread(runnable, "fake-stream");
            thread.setDaemon(true);
            return thread;
        });
    }
}
