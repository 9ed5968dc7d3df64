package io.github.movierecommender.ui;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * JavaFX's warning at every start that its classes were loaded from the class path ("Unsupported JavaFX
 * configuration: classes were loaded from 'unnamed module …'"), left out: the app's single jar and its
 * installers load JavaFX that way on purpose, and the warning told the person starting it nothing to do.
 * Every other message of JavaFX's logger is printed as before.
 */
final class ClassPathJavaFxNote {

    /** JavaFX's own logger, which {@code com.sun.javafx.util.Logging} names "javafx". */
    static final String JAVAFX_LOGGER = "javafx";
    private static final String NOTE = "Unsupported JavaFX configuration";
    private static final Filter WITHOUT_NOTE =
            entry -> entry.getMessage() == null || !entry.getMessage().startsWith(NOTE);

    /** Held, as the logging framework keeps loggers only weakly and would drop the filter with one. */
    private static final Logger LOGGER = Logger.getLogger(JAVAFX_LOGGER);

    private ClassPathJavaFxNote() {
    }

    /** Leaves the note out from now on; call before JavaFX starts. */
    static void leaveOut() {
        LOGGER.setFilter(WITHOUT_NOTE);
    }
}
