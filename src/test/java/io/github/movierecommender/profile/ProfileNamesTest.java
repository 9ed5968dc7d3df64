package io.github.movierecommender.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileNamesTest {

    @Test
    void everyNameBecomesASafeFileNameAndBack() throws ProfileException {
        for (String name : List.of("Me", "Amélie's ratings", "a/b\\c:d*e?f\"g<h>i|j", "..", "Ana & João", "日本語",
                "film 🎬 night", "100%", "CON", "nul", "Com1", "-_ ok")) {
            String checked = ProfileNames.check(name);
            String file = ProfileNames.fileName(checked);

            assertThat(file).as(name).matches("[A-Za-z0-9 %_-]+\\.csv").doesNotStartWith(".");
            assertEquals(Optional.of(checked), ProfileNames.nameOf(file), name);
        }
    }

    @Test
    void readsAsIsWhatNeedsNoEncodingAndEncodesWindowsDeviceNames() {
        assertEquals("My ratings.csv", ProfileNames.fileName("My ratings"));
        assertEquals("Am%C3%A9lie.csv", ProfileNames.fileName("Amélie"));
        assertEquals("%43ON.csv", ProfileNames.fileName("CON"));
        assertEquals("Cone.csv", ProfileNames.fileName("Cone"));
    }

    @Test
    void keepsNamesTrimmedAndComposed() throws ProfileException {
        assertEquals("Amélie", ProfileNames.check("  Ame\u0301lie\t"));
    }

    @Test
    void refusesNamesThatCannotBeShownOrStored() {
        assertThatThrownBy(() -> ProfileNames.check("   ")).hasMessage("a profile needs a name");
        assertThatThrownBy(() -> ProfileNames.check("a\nb")).hasMessageContaining("control characters");
        assertThatThrownBy(() -> ProfileNames.check("x".repeat(61))).hasMessageContaining("too long");
        assertThatThrownBy(() -> ProfileNames.check("日".repeat(60))).hasMessageContaining("too long");
    }

    @Test
    void ignoresFilesItDidNotName() {
        for (String file : List.of("Me.csv.unreadable-20240101T000000Z", ".Me.csv.3k2j.tmp", "Me.txt", "%zz.csv",
                "a.b.csv", "%2e.CSV", "%61.csv", " Me.csv", "Am%c3%a9lie.csv", "%C3.csv", ".csv")) {
            assertEquals(Optional.empty(), ProfileNames.nameOf(file), file);
        }
    }
}
