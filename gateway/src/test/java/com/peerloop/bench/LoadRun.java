package com.peerloop.bench;

import io.gatling.app.Gatling$;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one {@link LoadPlan} through Gatling, in this JVM, and answers what {@link Timings} saw of it. */
final class LoadRun {

    static {
        // Gatling would otherwise call home (usage analytics) and warm its HTTP stack up on a public site.
        System.setProperty("gatling.data.enableAnalytics", "false");
        System.setProperty("gatling.http.warmUpUrl", "");
    }

    private final LoadPlan.Endpoints endpoints;
    private final Path resultsFolder;
    private final boolean reports;

    LoadRun(LoadPlan.Endpoints endpoints, Path resultsFolder, boolean reports) {
        this.endpoints = endpoints;
        this.resultsFolder = resultsFolder;
        this.reports = reports;
    }

    Timings.Stats run(LoadPlan plan) {
        LoadPlan.set(plan, endpoints);
        List<String> args = new ArrayList<>(List.of(
                "--simulation",
                BenchSimulation.class.getName(),
                "--results-folder",
                resultsFolder.toAbsolutePath().toString(),
                "--run-description",
                plan.name()));
        if (!reports) {
            args.add("--no-reports");
        }
        int status = Gatling$.MODULE$.fromArgs(args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("Gatling ended " + plan.name() + " with status " + status);
        }
        return Timings.stats(plan.name());
    }
}
