package io.github.movierecommender.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
