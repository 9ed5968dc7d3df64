package io.github.movierecommender.launch;

import io.github.movierecommender.appdata.AppFolders;
import io.github.movierecommender.data.RatingsFiles;
import io.github.movierecommender.files.FolderRoom;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@link LaunchFacts} of the running JVM and its machine. */
final class ThisJvm {

    /** The start time's place in {@code /proc/self/stat} among the fields after the process's name. */
    private static final int STARTTIME_AFTER_NAME = 19;
    private static final long MILLIS_PER_TICK = 10;
    /** How far Linux's start time may lie from Java's, which is at most a second early. */
    private static final long AGREEMENT_MILLIS = 1500;

    private static final Path HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

    private ThisJvm() {
    }

    /**
     * The facts of this JVM; the huge page mode, this process's command line and the archive only when
     * the rest says a restart may pay, as they take the most time to read.
     */
    static LaunchFacts facts(String[] args) {
        List<String> arguments = Arrays.asList(args);
        String classPath = System.getProperty("java.class.path", "");
        Path jar = absolute(classPath);
        LaunchFacts cheap = new LaunchFacts(System.getProperty("os.name", ""), classPath,
                System.getProperty("sun.java.command", ""), arguments,
                Boolean.getBoolean(RestartDecision.RELAUNCHED),
                "false".equalsIgnoreCase(System.getProperty(RestartDecision.RELAUNCH)),
                jar, Optional.empty(), Optional.empty(), environmentOptions(),
                HugePageMode.UNKNOWN, dataSize(DataArgument.of(arguments)), false, Optional.empty(),
                OptionalLong.empty(), Runtime.version().feature());
        if (!RestartDecision.mayPay(cheap)) {
            return cheap;
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<List<String>> processArguments = info.arguments().isPresent()
                ? Optional.of(Arrays.asList(info.arguments().get())) : Optional.empty();
        return new LaunchFacts(cheap.osName(), classPath, cheap.javaCommand(), arguments, cheap.relaunched(),
                cheap.turnedOff(), jar, info.command(), processArguments, cheap.environmentOptions(),
                hugePageMode(), cheap.dataSize(), System.getProperty("java.vm.info", "").contains("sharing"),
                arguments.isEmpty() ? archive(jar, AppFolders.ofThisMachine().cacheFolder()) : Optional.empty(),
                startedAt(info), cheap.javaFeature());
    }

    /**
     * When this process started, in milliseconds since the epoch. Java tells it from the boot time in
     * whole seconds, up to a second early; Linux's own clocks put it within a few hundredths: the start
     * in clock ticks after boot ({@code /proc/self/stat}, 100 a second on every Linux Java runs on) and
     * the time since boot ({@code /proc/uptime}). Java's answer where they cannot be read or disagree.
     */
    static OptionalLong startedAt(ProcessHandle.Info info) {
        OptionalLong java = info.startInstant().map(start -> OptionalLong.of(start.toEpochMilli()))
                .orElse(OptionalLong.empty());
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[STARTTIME_AFTER_NAME]);
            String uptime = Files.readString(Path.of("/proc/uptime"));
            long sinceBoot = Math.round(Double.parseDouble(uptime.substring(0, uptime.indexOf(' '))) * 1000);
            long started = System.currentTimeMillis() - sinceBoot + startTicks * MILLIS_PER_TICK;
            return java.isPresent() && Math.abs(java.getAsLong() - started) > AGREEMENT_MILLIS ? java
                    : OptionalLong.of(started);
        } catch (IOException | RuntimeException e) {
            return java;
        }
    }

    /** The size of the ratings file of the release in the folder {@code --data} names, or of the zip it names. */
    static OptionalLong dataSize(Optional<String> data) {
        if (data.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            Path path = Path.of(data.get());
            boolean folder = Files.isDirectory(path);
            Optional<Path> file = folder ? RatingsFiles.inFolder(path) : Optional.of(path);
            boolean ratingsOrZip = folder || path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
            return ratingsOrZip && file.isPresent() && Files.isRegularFile(file.get())
                    ? OptionalLong.of(Files.size(file.get())) : OptionalLong.empty();
        } catch (IOException | InvalidPathException e) {
            return OptionalLong.empty();
        }
    }

    private static Path absolute(String classPath) {
        try {
            return Path.of(classPath).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    private static List<String> environmentOptions() {
        List<String> options = new ArrayList<>();
        for (String variable : OPTION_VARIABLES) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                options.addAll(Arrays.asList(value.strip().split("\\s+")));
            }
        }
        return options;
    }

    private static HugePageMode hugePageMode() {
        try {
            return HugePageMode.of(Files.readString(HUGE_PAGES, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return HugePageMode.UNKNOWN;
        }
    }

    /**
     * The archive of this jar and Java in {@code cacheFolder}: the one there, or a new one when the folder can
     * take it (Java 17 fails a child whose archive cannot be written at its exit); nothing when neither.
     */
    static Optional<ClassArchive> archive(Path jar, Path cacheFolder) {
        try {
            ArchiveFormat format = ArchiveFormat.ofJava(Runtime.version().feature());
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            String name = ClassArchives.name(jar, attributes.size(), attributes.lastModifiedTime().toMillis(),
                    System.getProperty("java.home", ""), System.getProperty("java.vm.version", ""), format);
            Path file = cacheFolder.resolve(name);
            boolean present = cacheFolder.isAbsolute() && Files.isRegularFile(file);
            if (!present && !FolderRoom.canTake(cacheFolder, format.room())) {
                return Optional.empty();
            }
            Path temporary = ClassArchives.temporaryFor(file, ProcessHandle.current().pid());
            return Optional.of(new ClassArchive(file, format, present, temporary));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
