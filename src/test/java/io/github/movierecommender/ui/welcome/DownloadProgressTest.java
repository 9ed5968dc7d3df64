package io.github.movierecommender.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.github.movierecommender.download.DownloadMonitor;
import io.github.movierecommender.download.DownloadStep;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.JobContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DownloadProgressTest {

    private final RecordingContext context = new RecordingContext();

    private DownloadMonitor monitor(Locale locale) {
        return new DownloadJob.JobDownloadMonitor(context, Messages.forLocale(locale));
    }

    @Test
    void downloadingSaysHowManyBytesOfHowManyAndHowFar() {
        monitor(Locale.US).progress(DownloadStep.DOWNLOADING, 412_345, 978_202);

        assertThat(context.messages).containsExactly("Downloading… 412 KB of 978 KB");
        assertThat(context.fractions).singleElement().satisfies(
                fraction -> assertThat(fraction).isCloseTo(0.4215, offset(0.0001)));
    }

    @Test
    void largeSizesAreInMegabytesWrittenForTheLanguage() {
        monitor(Locale.forLanguageTag("pt-BR")).progress(DownloadStep.DOWNLOADING, 1_260_000, 265_000_000);

        assertThat(context.messages).containsExactly("Baixando… 1,3 MB de 265,0 MB");
    }

    @Test
    void anUnknownTotalLeavesTheProgressUnsaid() {
        monitor(Locale.US).progress(DownloadStep.DOWNLOADING, 2_000_000, DownloadMonitor.UNKNOWN_TOTAL);

        assertThat(context.messages).containsExactly("Downloading… 2.0 MB");
        assertThat(context.fractions).isEmpty();
    }

    @Test
    void unpackingSaysSo() {
        monitor(Locale.US).progress(DownloadStep.UNPACKING, 500, 1_000);

        assertThat(context.messages).containsExactly("Unpacking…");
        assertThat(context.fractions).containsExactly(0.5);
    }

    @Test
    void cancellingTheJobCancelsTheDownload() {
        DownloadMonitor monitor = monitor(Locale.US);
        assertThat(monitor.isCancelled()).isFalse();

        context.cancelled = true;

        assertThat(monitor.isCancelled()).isTrue();
    }

    private static final class RecordingContext implements JobContext {
        private final List<Double> fractions = new ArrayList<>();
        private final List<String> messages = new ArrayList<>();
        private boolean cancelled;

        @Override
        public void reportProgress(double fraction) {
            fractions.add(fraction);
        }

        @Override
        public void reportMessage(String message) {
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
