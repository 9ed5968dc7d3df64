package io.github.movierecommender.ui.error;

import io.github.movierecommender.appdata.MemoryAdvice;
import io.github.movierecommender.ui.i18n.Messages;
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

    /**
     * An unexpected failure: running out of memory says what ran out and how to give Java more,
     * without a stack trace; anything else is {@code message} with the stack trace beneath it.
     */
    public static ErrorReport unexpected(Messages messages, String title, String message, Throwable error) {
        return MemoryAdvice.isOutOfMemory(error) ? outOfMemory(messages) : withStackTrace(title, message, error);
    }

    /** What ran out, that the app keeps what it had, and how to start it with more memory. */
    public static ErrorReport outOfMemory(Messages messages) {
        MemoryAdvice advice = MemoryAdvice.ofThisJvm();
        String howTo = messages.format(
                advice.installedLauncher() ? "error.outOfMemoryInstalled" : "error.outOfMemoryJar",
                advice.largerHeapOption());
        return of(messages.text("error.outOfMemoryTitle"),
                messages.format("error.outOfMemory", advice.heapLimitMegabytes(), howTo));
    }

    public boolean hasDetails() {
        return !details.isEmpty();
    }
}
