package io.github.movierecommender.ui.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.ui.i18n.Messages;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

    @Test
    void anUnexpectedErrorCarriesItsStackTraceForAReport() {
        ErrorReport report = ErrorReport.withStackTrace("Unexpected error", "Something went wrong",
                new IllegalStateException("index out of step"));

        assertTrue(report.hasDetails());
        assertTrue(report.details().startsWith("java.lang.IllegalStateException: index out of step"), report.details());
        assertTrue(report.details().contains("ErrorReportTest"), report.details());
    }

    @Test
    void anExpectedErrorIsJustItsMessage() {
        assertFalse(ErrorReport.of("Cannot open dataset", "ratings.csv: no valid ratings").hasDetails());
    }

    @Test
    void runningOutOfMemoryTellsWhatRanOutAndHowToGiveJavaMoreWithoutAStackTrace() {
        Messages messages = Messages.forLocale(Locale.US);
        ErrorReport report = ErrorReport.unexpected(messages, "Unexpected error", "Something went wrong",
                new CompletionException(new OutOfMemoryError("Java heap space")));

        assertEquals("Out of memory", report.title());
        assertThat(report.message()).contains("Java ran out of memory", " MB Java may use",
                "The app keeps running", "Give Java more memory: start the app with java -Xmx");
        assertFalse(report.hasDetails());
    }

    @Test
    void runningOutOfMemoryIsToldInPortugueseToo() {
        ErrorReport report = ErrorReport.outOfMemory(Messages.forLocale(Locale.forLanguageTag("pt-BR")));

        assertEquals("Memória esgotada", report.title());
        assertThat(report.message()).contains("O Java ficou sem memória", "Dê mais memória ao Java", "-Xmx");
    }

    @Test
    void anyOtherUnexpectedErrorKeepsItsStackTrace() {
        ErrorReport report = ErrorReport.unexpected(Messages.forLocale(Locale.US), "Unexpected error",
                "Something went wrong", new IllegalStateException("index out of step"));

        assertEquals("Something went wrong", report.message());
        assertTrue(report.hasDetails());
    }
}
