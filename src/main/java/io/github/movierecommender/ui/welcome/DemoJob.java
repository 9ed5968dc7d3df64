package io.github.movierecommender.ui.welcome;

import io.github.movierecommender.synth.DemoData;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BackgroundJob;
import io.github.movierecommender.ui.task.JobContext;
import java.io.IOException;
import java.nio.file.Path;

/** Copies the demo dataset packed in the app into {@code dataFolder}; returns its release folder. */
record DemoJob(Path dataFolder, Messages messages) implements BackgroundJob<Path> {

    @Override
    public Path run(JobContext context) throws IOException {
        context.reportMessage(messages.text("welcome.unpackingDemo"));
        return DemoData.extractTo(dataFolder);
    }
}
