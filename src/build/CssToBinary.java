import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javafx.css.Stylesheet;

/**
 * Build step (the pom runs it as a single-file program in process-classes): writes beside every
 * stylesheet X.css under the classes folder its binary form X.bss; given the names of jars on its
 * class path too (such as {@code controlsfx}), the binary form of each of their stylesheets goes
 * into the classes folder at the stylesheet's path, so the shaded jar has it beside the original. JavaFX loads X.bss in place of X.css when both are there
 * and then parses no CSS; the .css files stay the sources.
 * <p>
 * Usage: {@code java -cp CLASS_PATH CssToBinary.java CLASSES_FOLDER [JAR_NAME...]}
 */
public final class CssToBinary {

    private static final String CSS = ".css";

    private CssToBinary() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(classes)) {
            sheets = files.filter(file -> file.getFileName().toString().endsWith(CSS)).sorted().toList();
        }
        for (Path css : sheets) {
            convert(css, binaryOf(css));
        }
        int fromJars = 0;
        for (int i = 1; i < args.length; i++) {
            fromJars += convertJar(onClassPath(args[i]), classes);
        }
        System.out.println("CssToBinary: " + (sheets.size() + fromJars) + " stylesheets in binary form in " + classes);
    }

    /** The jar {@code name}-VERSION.jar on this program's class path. */
    private static Path onClassPath(String name) {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(entry -> entry.getFileName().toString().matches(name + "-[0-9][^/]*\\.jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + name + " jar on the class path"));
    }

    private static int convertJar(Path jar, Path classes) throws IOException {
        Path unpacked = Files.createTempDirectory("css-to-binary");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> sheets = zip.stream().filter(entry -> entry.getName().endsWith(CSS)).toList();
            for (ZipEntry entry : sheets) {
                Path css = unpacked.resolve(entry.getName());
                Files.createDirectories(css.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, css, StandardCopyOption.REPLACE_EXISTING);
                }
                Path bss = binaryOf(classes.resolve(entry.getName()));
                Files.createDirectories(bss.getParent());
                convert(css, bss);
            }
            return sheets.size();
        } finally {
            try (Stream<Path> files = Files.walk(unpacked)) {
                for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Path binaryOf(Path css) {
        String name = css.getFileName().toString();
        return css.resolveSibling(name.substring(0, name.length() - CSS.length()) + ".bss");
    }

    private static void convert(Path css, Path bss) throws IOException {
        try {
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException("Could not convert " + css + " to " + bss + ": " + e, e);
        }
    }
}
