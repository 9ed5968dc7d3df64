package io.github.movierecommender.cli;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", description = "Measures the engine in this JVM: 'bench load' times repeated loads "
        + "of a dataset after warm-up runs and prints the median, the peak heap and the memory per rating.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "load")
    String what;

    @Option(names = "--data", required = true, paramLabel = "PATH")
    Path data;

    @Option(names = "--runs", defaultValue = "5")
    int runs;

    @Option(names = "--warmup", defaultValue = "2")
    int warmup;

    @Override
    public Integer call() throws DatasetException {
        if (!what.equals("load")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown benchmark: " + what);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < warmup; i++) {
            DatasetLoader.load(data);
        }
        long[] millis = new long[runs];
        Dataset dataset = null;
        for (int i = 0; i < runs; i++) {
            dataset = null;
            System.gc();
            long started = System.nanoTime();
            dataset = DatasetLoader.load(data);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
            out.printf("run %d: %,d ms%n", i + 1, millis[i]);
        }
        Arrays.sort(millis);
        long ratings = dataset.ratings().size();
        out.printf("median load %,d ms over %d runs (min %,d, max %,d)%n", millis[runs / 2], runs, millis[0],
                millis[runs - 1]);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        out.printf("every load fit in a heap of at most %,d MB (-Xmx); %,d MB in use after the last one%n",
                runtime.maxMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        out.printf("ratings %,d, retained by the rating arrays %.2f bytes per rating%n", ratings,
                dataset.ratings().retainedBytes() / (double) ratings);
        return 0;
    }
}
