package io.github.movierecommender.launch;

import io.github.movierecommender.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Small mains that stand in for the app's JVMs in {@link ChildJvmRunTest}. */
final class ChildProbes {

    private ChildProbes() {
    }

    /** The parent: runs {@code MAIN ARGS} as its child through {@link ChildJvmRun} and exits with its code. */
    public static final class Parent {
        public static void main(String[] args) throws ClassNotFoundException {
            Class<?> main = Class.forName(args[0]);
            Restart restart = new Restart(ChildJvm.command(List.of(ChildJvm.BRIEF), main,
                    Arrays.copyOfRange(args, 1, args.length)).command(), Optional.empty());
            System.exit(ChildJvmRun.run(restart).orElse(99));
        }
    }

    /**
     * The parent of a child that exits at once, whose cache is then made of {@code RECORD} into {@code ARCHIVE}
     * by a JVM that stands in for Java's: it writes its process id to {@code PID_FILE}, then waits.
     */
    public static final class AssemblingParent {
        public static void main(String[] args) {
            Path record = Path.of(args[0]);
            Path made = ClassArchives.assembledFrom(record);
            String assembly = "echo $$ > '" + args[2] + "'; exec sleep 60";
            Restart restart = new Restart(List.of("true"), Optional.of(new ArchiveDump(record, Path.of(args[1]),
                    Optional.of(new CacheAssembly(List.of("sh", "-c", assembly), made)))));
            System.exit(ChildJvmRun.run(restart).orElse(99));
        }
    }

    /** Prints its arguments, a line to stderr and the line it reads, and exits with 7. */
    public static final class Echo {
        public static void main(String[] args) throws IOException {
            System.out.println("out " + String.join("|", args));
            System.err.println("err line");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            System.out.println("in " + in.readLine());
            System.exit(7);
        }
    }

    /** Writes {@code FILE} as a complete archive or as one cut off ({@code partial}), then exits with {@code CODE}. */
    public static final class ArchiveWriter {
        public static void main(String[] args) throws IOException {
            ByteBuffer header = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
            if (args[1].equals("complete")) {
                header.putInt(0, 0xf00baba8);
            }
            Files.write(Path.of(args[0]), header.array());
            System.exit(Integer.parseInt(args[2]));
        }
    }

    /** Writes its process id to {@code PID_FILE} and waits; its shutdown writes {@code MARKER} after a while. */
    public static final class Lingering {
        public static void main(String[] args) throws IOException, InterruptedException {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(500);
                    Files.writeString(Path.of(args[1]), "saved");
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            Files.writeString(Path.of(args[0]), Long.toString(ProcessHandle.current().pid()));
            Thread.sleep(60_000);
        }
    }
}
