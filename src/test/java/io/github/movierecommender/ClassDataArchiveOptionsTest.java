package io.github.movierecommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options the README gives for starting with the build's class data archive: an archive that is
 * missing, or no longer matches its jar (the jar was built again), only costs speed, never a message.
 */
class ClassDataArchiveOptionsTest {

    /** As in the README and the build's training run. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off,cds+dynamic=off");

    @TempDir
    Path tmp;

    /** The child: prints one line, from a jar of its own, as the shaded jar would run. */
    public static final class Hello {
        public static void main(String[] args) {
            System.out.println("hello");
        }
    }

    @Test
    void aMissingArchivePrintsNothing() throws Exception {
        Path jar = helloJar();

        Run run = javaQuiet(List.of("-XX:SharedArchiveFile=" + tmp.resolve("absent.jsa")), jar);

        assertThat(run.out()).isEqualTo("hello" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anArchiveOfAnEarlierBuildOfTheJarPrintsNothing() throws Exception {
        Path jar = helloJar();
        Path archive = tmp.resolve("hello.jsa");
        java(List.of("-XX:ArchiveClassesAtExit=" + archive), jar);
        assumeTrue(Files.isRegularFile(archive), "this JVM writes no class data archives");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        List<String> stale = List.of("-XX:SharedArchiveFile=" + archive);
        assertThat(java(stale, jar).out()).as("without the options the JVM warns").contains("warning");

        Run quiet = javaQuiet(stale, jar);

        assertThat(quiet.out()).isEqualTo("hello" + System.lineSeparator());
        assertThat(quiet.err()).isEmpty();
    }

    private Path helloJar() throws IOException {
        Path jar = tmp.resolve("hello.jar");
        String entry = Hello.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             InputStream in = Hello.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    private Run javaQuiet(List<String> options, Path jar) throws Exception {
        List<String> all = new ArrayList<>(options);
        all.addAll(QUIET);
        return java(all, jar);
    }

    private Run java(List<String> options, Path jar) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", jar.toString(), Hello.class.getName()));
        Process child = new ProcessBuilder(command).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        return new Run(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Run(String out, String err) {
    }
}
