package io.github.movierecommender.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What a headless command printed and returned. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MovieRecommenderCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
