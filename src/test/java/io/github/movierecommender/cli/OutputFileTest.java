package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.movierecommender.files.AtomicFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} never destroys an input, fails before a run it could not finish, and leaves no part of a file. */
class OutputFileTest extends SmallWorldCommandTest {

    private static final String PROFILE = """
            userId,movieId,rating,timestamp
            1,1,5.0,100
            1,2,4.0,100
            """;

    @TempDir
    Path elsewhere;

    @Test
    void refusesToWriteOverTheProfileFileEvenByAnotherPath() throws Exception {
        Path profile = Files.writeString(elsewhere.resolve("me.csv"), PROFILE);
        Path sameFile = elsewhere.resolve(".").resolve("me.csv");

        CliRun run = CliRun.of("recommend", "--data", data, "--profile", profile.toString(), "--method", "popular",
                "--out", sameFile.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --out " + sameFile + " is the --profile file; writing it would "
                + "destroy the input\n");
        assertThat(profile).hasContent(PROFILE);
    }

    @Test
    void refusesToWriteOverAFileOfTheDatasetThroughALink() throws Exception {
        Path ratings = folder.resolve("ratings.csv");
        String before = Files.readString(ratings);
        Path link = Files.createSymbolicLink(elsewhere.resolve("top.csv"), ratings);

        CliRun run = CliRun.of("recommend", "--data", data, "--user", "1", "--method", "popular",
                "--out", link.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --out " + link + " is a file of the --data ");
        assertThat(ratings).hasContent(before);
    }

    @Test
    void refusesToWriteOverTheDatasetZip() throws Exception {
        Path zip = elsewhere.resolve("small.zip");
        try (Stream<Path> files = Files.list(folder)) {
            zip(zip, files.filter(file -> file.toString().endsWith(".csv")).toList());
        }
        byte[] before = Files.readAllBytes(zip);

        CliRun run = CliRun.of("evaluate", "--data", zip.toString(), "--k", "2", "--out", zip.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is a file of the --data");
        assertThat(zip).hasBinaryContent(before);
    }

    @Test
    void evaluateFailsBeforeTheRunWhenTheOutputCannotBeWritten() {
        Path missingFolder = elsewhere.resolve("no-such-folder").resolve("results.csv");
        for (Path out : List.of(missingFolder, elsewhere)) {
            CliRun run = CliRun.of("evaluate", "--data", data, "--k", "2", "--out", out.toString());

            assertThat(run.exitCode()).as(out.toString()).isEqualTo(2);
            assertThat(run.err()).as(out.toString()).startsWith("error: --out " + out).doesNotContain("evaluating")
                    .hasLineCount(1);
            assertThat(run.out()).as(out.toString()).isEmpty();
        }
    }

    /** A folder made read-only, or, for a user who may write anywhere (root), Linux's /proc. */
    @Test
    void evaluateFailsBeforeTheRunInAFolderNoFileCanBeCreatedIn() throws Exception {
        Path readOnly = Files.createDirectory(elsewhere.resolve("read-only"));
        assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
        try {
            Path folderToTry = Files.isWritable(readOnly) ? Path.of("/proc") : readOnly;
            assumeTrue(Files.isDirectory(folderToTry), "no folder here refuses new files to this user");
            Path out = folderToTry.resolve("results.csv");

            CliRun run = CliRun.of("evaluate", "--data", data, "--k", "2", "--out", out.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("error: --out " + out + ": cannot create a file in " + folderToTry);
            assertThat(run.out()).isEmpty();
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void writesTheWholeFileAndNoTemporaryFileIsLeft() throws Exception {
        Path out = Files.writeString(elsewhere.resolve("top.csv"), "an older list\n");

        CliRun run = CliRun.of("recommend", "--data", data, "--user", "all", "--method", "popular", "--n", "2",
                "--min-votes", "1", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("userId,rank,movieId,title,score,support");
        assertThat(lines.get(lines.size() - 1)).startsWith("6,2,");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).noneMatch(AtomicFile::isTemporary);
        }
    }

    @Test
    void demoIntoAFolderKeepsItsOtherFilesAndLeavesNoTemporaryFolder() throws Exception {
        Path demo = Files.createDirectory(elsewhere.resolve("demo"));
        Files.writeString(demo.resolve("notes.txt"), "mine");
        Files.writeString(demo.resolve("ratings.csv"), "old");

        CliRun run = CliRun.of("demo", "--out", demo.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(demo.resolve("notes.txt")).hasContent("mine");
        assertThat(Files.readString(demo.resolve("ratings.csv"))).startsWith("userId,movieId,rating,timestamp");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).containsExactly(demo);
        }
    }

    @Test
    void generateRefusesAFileForItsFolder() throws Exception {
        Path file = Files.writeString(elsewhere.resolve("data"), "keep");

        CliRun run = CliRun.of("generate", "--out", file.toString(), "--users", "2", "--movies", "40",
                "--ratings", "40");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("error: --out " + file + " is a file; give a folder to write the dataset into\n");
        assertThat(file).hasContent("keep");
    }

    @Test
    void generateWritesANewFolderWhole() {
        Path out = elsewhere.resolve("synthetic");

        CliRun run = CliRun.of("generate", "--out", out.toString(), "--users", "2", "--movies", "40",
                "--ratings", "40");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("ratings.csv")).isRegularFile();
        assertThat(out.resolve("movies.csv")).isRegularFile();
        assertThat(elsewhere.toFile().list()).containsExactly("synthetic");
    }

    private static void zip(Path zip, List<Path> files) throws Exception {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : files) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }
}
