package io.github.movierecommender.cli;

import io.github.movierecommender.files.AtomicFile;
import io.github.movierecommender.files.AtomicFolder;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Where a command writes with {@code --out}: checked before the run, so that a typo does not cost a
 * long run, never one of the command's inputs, and written whole or not at all.
 */
final class OutputFile {

    /** The files a MovieLens release is read from, in its folder or one level down. */
    private static final List<String> RELEASE_FILES = List.of("ratings.csv", "movies.csv", "links.csv", "tags.csv",
            "ratings.dat", "movies.dat", "users.dat", "tags.dat", "u.data", "u.item", "u.genre");

    private OutputFile() {
    }

    /** A usage error unless a file can be created beside {@code out}, and {@code out} is not a folder. */
    static void requireWritable(Path out, CommandLine commandLine) {
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw usage(commandLine, "--out " + out + " is a folder; give the name of a file to write");
        }
        if (!Files.isDirectory(folder)) {
            throw usage(commandLine, "--out " + out + ": " + folder
                    + (Files.exists(folder) ? " is not a folder" : ": no such folder"));
        }
        try {
            Files.delete(Files.createTempFile(folder, "." + out.getFileName() + ".", ".tmp"));
        } catch (IOException e) {
            throw usage(commandLine, "--out " + out + ": cannot create a file in " + folder + " (" + reason(e) + ")");
        }
    }

    /** A usage error when {@code folder} is an existing file rather than a folder. */
    static void requireFolder(Path folder, CommandLine commandLine) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw usage(commandLine, "--out " + folder + " is a file; give a folder to write the dataset into");
        }
    }

    /** A usage error when {@code out} is the file given by {@code option}, such as the --profile file. */
    static void requireNotInput(Path out, Path input, String option, CommandLine commandLine) {
        if (sameFile(out, input)) {
            throw usage(commandLine, "--out " + out + " is the " + option
                    + " file; writing it would destroy the input");
        }
    }

    /** A usage error when {@code out} is the --data zip or one of the release files in the --data folder. */
    static void requireNotDatasetFile(Path out, Path data, CommandLine commandLine) {
        boolean input = Files.isDirectory(data) ? releaseFiles(data).stream().anyMatch(file -> sameFile(out, file))
                : sameFile(out, data);
        if (input) {
            throw usage(commandLine, "--out " + out + " is a file of the --data " + data
                    + "; writing it would destroy the dataset");
        }
    }

    /** Writes {@code out} through a temporary file; a failure names the file and leaves no part of it. */
    static void write(Path out, AtomicFile.Content content) throws IOException {
        try {
            AtomicFile.write(out, content);
        } catch (IOException e) {
            throw new IOException("cannot write " + out + ": " + reason(e), e);
        }
    }

    /** Writes a dataset folder through a temporary sibling folder; a failure names the folder and leaves nothing. */
    static <T> T writeFolder(Path folder, AtomicFolder.Content<T> content) throws IOException {
        try {
            return AtomicFolder.write(folder, content);
        } catch (IOException e) {
            throw new IOException("cannot write the dataset into " + folder + ": " + reason(e), e);
        }
    }

    private static List<Path> releaseFiles(Path folder) {
        List<Path> folders = new ArrayList<>(List.of(folder));
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(Files::isDirectory).forEach(folders::add);
        } catch (IOException e) {
            // The loader cannot find a release below a folder it cannot list either.
        }
        return folders.stream().flatMap(release -> RELEASE_FILES.stream().map(release::resolve)).toList();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** What went wrong, in words, without repeating the temporary file's name. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static CommandLine.ParameterException usage(CommandLine commandLine, String message) {
        return new CommandLine.ParameterException(commandLine, message);
    }
}
