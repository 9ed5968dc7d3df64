import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Packs rendered PNGs into the icon files the installers want: a Windows .ico and a macOS .icns,
 * each entry holding one PNG as it is (both formats accept PNG entries). Run by render.sh:
 * {@code java PackIcons.java ico|icns OUTPUT PNG...}; each PNG's size is read from its header.
 */
public final class PackIcons {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The .icns entry types that hold a PNG of each size; the @2x types hold twice the points. */
    private static final Map<Integer, List<String>> ICNS_TYPES = Map.of(
            16, List.of("icp4"),
            32, List.of("icp5", "ic11"),
            64, List.of("icp6", "ic12"),
            128, List.of("ic07"),
            256, List.of("ic08", "ic13"),
            512, List.of("ic09", "ic14"),
            1024, List.of("ic10"));

    private record Png(int size, byte[] bytes) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || !List.of("ico", "icns").contains(args[0])) {
            System.err.println("usage: java PackIcons.java ico|icns OUTPUT PNG...");
            System.exit(2);
        }
        List<Png> pngs = new ArrayList<>();
        for (String file : Arrays.copyOfRange(args, 2, args.length)) {
            pngs.add(read(Path.of(file)));
        }
        pngs.sort(Comparator.comparingInt(Png::size));
        byte[] packed = args[0].equals("ico") ? ico(pngs) : icns(pngs);
        Files.write(Path.of(args[1]), packed);
    }

    private static Png read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 24 || !Arrays.equals(Arrays.copyOf(bytes, 8), PNG_SIGNATURE)) {
            throw new IllegalArgumentException(file + " is not a PNG");
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
        int width = header.getInt();
        int height = header.getInt();
        if (width != height) {
            throw new IllegalArgumentException(file + " is " + width + "x" + height + ", not square");
        }
        return new Png(width, bytes);
    }

    /** ICONDIR, one 16-byte ICONDIRENTRY per image (a size of 256 is written as 0), then the PNGs; little-endian. */
    private static byte[] ico(List<Png> pngs) {
        int offset = 6 + 16 * pngs.size();
        int total = offset + pngs.stream().mapToInt(png -> png.bytes().length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) pngs.size());
        for (Png png : pngs) {
            if (png.size() > 256) {
                throw new IllegalArgumentException("An .ico holds images up to 256 pixels, not " + png.size());
            }
            out.put((byte) (png.size() % 256)).put((byte) (png.size() % 256)).put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32).putInt(png.bytes().length).putInt(offset);
            offset += png.bytes().length;
        }
        pngs.forEach(png -> out.put(png.bytes()));
        return out.array();
    }

    /** "icns" and the file's length, then per entry its type, its length with this 8-byte header, and the PNG; big-endian. */
    private static byte[] icns(List<Png> pngs) throws IOException {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(entries);
        for (Png png : pngs) {
            List<String> types = ICNS_TYPES.get(png.size());
            if (types == null) {
                throw new IllegalArgumentException("An .icns has no entry for " + png.size() + " pixels; sizes: "
                        + ICNS_TYPES.keySet().stream().sorted().toList());
            }
            for (String type : types) {
                out.writeBytes(type);
                out.writeInt(8 + png.bytes().length);
                out.write(png.bytes());
            }
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + entries.size());
        entries.writeTo(file);
        return file.toByteArray();
    }
}
