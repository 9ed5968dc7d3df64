package io.github.movierecommender.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileChannelsTest {

    @TempDir
    Path tmp;

    @Test
    void fillsTheBufferFromThePositionOnIntoItsRemainingRoom() throws Exception {
        Path file = Files.writeString(tmp.resolve("f"), "0123456789", StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.allocate(6).put((byte) 'x');

        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(FileChannels.readFully(channel, buffer, 3)).isTrue();
        }

        assertThat(new String(buffer.array(), StandardCharsets.US_ASCII)).isEqualTo("x34567");
    }

    @Test
    void saysSoWhenTheFileEndsFirstAndKeepsWhatWasThere() throws Exception {
        Path file = Files.writeString(tmp.resolve("f"), "0123456789", StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.allocate(8);

        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(FileChannels.readFully(channel, buffer, 7)).isFalse();
        }

        assertThat(buffer.position()).isEqualTo(3);
        assertThat(new String(buffer.array(), 0, 3, StandardCharsets.US_ASCII)).isEqualTo("789");
    }
}
