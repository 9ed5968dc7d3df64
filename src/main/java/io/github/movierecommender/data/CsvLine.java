package io.github.movierecommender.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits one line of a MovieLens CSV file into fields. Lines with quotes go through Commons CSV;
 * a line without any is split at its commas, which is what Commons CSV would do, only faster.
 * Parsing line by line means a broken quote costs one line, not the rest of the file.
 */
public final class CsvLine {

    private CsvLine() {
    }

    /** The fields of the line; throws {@link IllegalArgumentException} on broken quoting. */
    public static List<String> fields(String line) {
        if (line.indexOf('"') < 0) {
            return splitAtCommas(line);
        }
        List<String> plainlyQuoted = plainlyQuotedFields(line);
        if (plainlyQuoted != null) {
            return plainlyQuoted;
        }
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalArgumentException("broken quoting");
            }
            return records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("broken quoting", e);
        }
    }

    /** What {@code line.split(",", -1)} gives, without its array and list copies. */
    private static List<String> splitAtCommas(String line) {
        List<String> fields = new ArrayList<>(8);
        int start = 0;
        for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', start)) {
            fields.add(line.substring(start, comma));
            start = comma + 1;
        }
        fields.add(line.substring(start));
        return fields;
    }

    /**
     * The fields when every quote belongs to a field quoted from its first character to its last
     * (with "" for a quote inside), the way MovieLens writes titles and tags; null for any other
     * line, which Commons CSV then reads. Starting Commons CSV costs more than reading the line.
     */
    private static List<String> plainlyQuotedFields(String line) {
        if (line.indexOf('\r') >= 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        int at = 0;
        while (true) {
            int end;
            if (at < line.length() && line.charAt(at) == '"') {
                StringBuilder field = new StringBuilder();
                int from = at + 1;
                while (true) {
                    int quote = line.indexOf('"', from);
                    if (quote < 0) {
                        return null;
                    }
                    field.append(line, from, quote);
                    if (quote + 1 < line.length() && line.charAt(quote + 1) == '"') {
                        field.append('"');
                        from = quote + 2;
                    } else {
                        end = quote + 1;
                        break;
                    }
                }
                if (end < line.length() && line.charAt(end) != ',') {
                    return null;
                }
                fields.add(field.toString());
            } else {
                int comma = line.indexOf(',', at);
                end = comma < 0 ? line.length() : comma;
                if (line.lastIndexOf('"', end - 1) >= at) {
                    return null;
                }
                fields.add(line.substring(at, end));
            }
            if (end == line.length()) {
                return fields;
            }
            at = end + 1;
        }
    }
}
