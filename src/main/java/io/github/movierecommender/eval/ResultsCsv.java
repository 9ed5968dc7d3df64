package io.github.movierecommender.eval;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes results as CSV with a header; metrics a method lacks, and k for methods without one, are empty. */
public final class ResultsCsv {

    public static final List<String> HEADER = List.of("protocol", "method", "k", "n", "rmse", "mae", "predictions",
            "fallbacks", "fallback_to", "precision", "recall", "ndcg", "hit_rate", "coverage", "users_with_list",
            "users");

    private ResultsCsv() {
    }

    public static void write(String protocol, List<EvalResult> results, Appendable out) throws IOException {
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get().print(out);
        for (EvalResult r : results) {
            printer.printRecord(protocol, r.method(), r.k() == 0 ? "" : r.k(), r.n(), number(r.rmse()),
                    number(r.mae()), r.predictions(), r.fallbacks(), r.fallback(), number(r.precision()),
                    number(r.recall()), number(r.ndcg()), number(r.hitRate()), number(r.coverage()),
                    number(r.usersWithList()), r.users());
        }
        printer.flush();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }
}
