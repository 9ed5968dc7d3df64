package io.github.movierecommender.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClassPathJavaFxNoteTest {

    private final Logger javafx = Logger.getLogger(ClassPathJavaFxNote.JAVAFX_LOGGER);
    private final List<String> printed = new ArrayList<>();
    private final Handler printer = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            printed.add(entry.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        javafx.setUseParentHandlers(false);
        javafx.addHandler(printer);
    }

    @AfterEach
    void restore() {
        javafx.removeHandler(printer);
        javafx.setUseParentHandlers(true);
        javafx.setFilter(null);
    }

    @Test
    void javaFxsNoteOnTheClassPathIsLeftOutAndItsOtherWarningsArePrinted() {
        ClassPathJavaFxNote.leaveOut();
        ClassPathJavaFxNote.leaveOut();

        javafx.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @fe27cdc'");
        javafx.warning("Could not resolve a font");
        javafx.log(Level.SEVERE, (String) null);

        assertThat(printed).containsExactly("Could not resolve a font", null);
    }
}
