package io.github.movierecommender.ui.main;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A failure told to the user; {@code details}, when not empty, can be unfolded beneath the message. */
public record ErrorReport(String title, String message, String details) {

    public static ErrorReport of(String title, String message) {
        return new ErrorReport(title, message, "");
    }

    public static ErrorReport withStackTrace(String title, String message, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return new ErrorReport(title, message, trace.toString());
    }

    public boolean hasDetails() {
        return !details.isEmpty();
    }
}
