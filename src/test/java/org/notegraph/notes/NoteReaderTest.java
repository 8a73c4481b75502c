package org.notegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteReaderTest {
    private final NoteReader reader = new NoteReader();

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void dropsTheByteOrderMark() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("---\ntitle: x\n---\n"));

        NoteReader.NoteText text = reader.decode(bytes);

        assertThat(text.text()).isEqualTo("---\ntitle: x\n---\n");
        assertThat(text.text().charAt(0)).isEqualTo('-');
    }

    @Test
    void keepsAByteOrderMarkCharacterThatIsNotAtTheStart() throws Exception {
        NoteReader.NoteText text = reader.decode(utf8("a\uFEFFb"));

        assertThat(text.text()).isEqualTo("a\uFEFFb");
    }

    @Test
    void turnsCrLfIntoLf() throws Exception {
        assertThat(reader.decode(utf8("one\r\ntwo\r\nthree\r\n")).text()).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void turnsALoneCrIntoLf() throws Exception {
        assertThat(reader.decode(utf8("one\rtwo\r\rthree")).text()).isEqualTo("one\ntwo\n\nthree");
    }

    @Test
    void turnsMixedLineEndsIntoOneLfEach() throws Exception {
        assertThat(reader.decode(utf8("a\r\nb\rc\nd\r\n\re")).text()).isEqualTo("a\nb\nc\nd\n\ne");
    }

    @Test
    void keepsNonAsciiText() throws Exception {
        NoteReader.NoteText text = reader.decode(utf8("Aleksander Mądry – bias–variance 😀\n"));

        assertThat(text.text()).isEqualTo("Aleksander Mądry – bias–variance 😀\n");
        assertThat(text.hadControlCharacters()).isFalse();
    }

    @Test
    void refusesInvalidUtf8NamingTheLine() {
        byte[] bytes = concat(utf8("line one\nline two\nline three caf"), new byte[] {(byte) 0xE9}, utf8("\nline four\n"));

        assertThatThrownBy(() -> reader.decode(bytes))
                .isInstanceOf(NoteReadException.class)
                .hasMessageContaining("invalid UTF-8")
                .satisfies(e -> assertThat(((NoteReadException) e).line()).isEqualTo(3));
    }

    @Test
    void refusesInvalidUtf8OnTheFirstLine() {
        byte[] bytes = concat(new byte[] {(byte) 0xC3, (byte) 0x28}, utf8(" rest\nmore\n"));

        assertThatThrownBy(() -> reader.decode(bytes))
                .isInstanceOf(NoteReadException.class)
                .satisfies(e -> assertThat(((NoteReadException) e).line()).isEqualTo(1));
    }

    @Test
    void refusesATruncatedMultiByteSequenceAtTheEnd() {
        byte[] bytes = concat(utf8("a\nb\nc"), new byte[] {(byte) 0xE2, (byte) 0x80});

        assertThatThrownBy(() -> reader.decode(bytes))
                .isInstanceOf(NoteReadException.class)
                .hasMessageContaining("UTF-8")
                .satisfies(e -> assertThat(((NoteReadException) e).line()).isEqualTo(3));
    }

    @Test
    void refusesLatin1TextInsteadOfGuessing() {
        byte[] latin1 = "# Caf\u00e9 notes\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.decode(latin1)).isInstanceOf(NoteReadException.class);
    }

    @Test
    void refusesABinaryFileWithANulByte() {
        byte[] bytes = concat(utf8("PK\n\n"), new byte[] {0, 1, 2, 3});

        assertThatThrownBy(() -> reader.decode(bytes))
                .isInstanceOf(NoteReadException.class)
                .hasMessageContaining("binary")
                .hasMessageContaining("NUL byte at offset 4")
                .satisfies(e -> assertThat(((NoteReadException) e).line()).isEqualTo(3));
    }

    @Test
    void refusesAFileOverTheSizeLimitNamingTheLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.md");
        Files.write(file, utf8("x".repeat(101)));

        assertThatThrownBy(() -> new NoteReader(100).read(file))
                .isInstanceOf(NoteReadException.class)
                .hasMessageContaining("101 bytes")
                .hasMessageContaining("limit of 100")
                .hasMessageContaining("--max-note-bytes");
    }

    @Test
    void readsAFileExactlyAtTheSizeLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fits.md");
        Files.write(file, utf8("x".repeat(100)));

        assertThat(new NoteReader(100).read(file).text()).hasSize(100);
    }

    @Test
    void blanksControlCharactersAndFlagsThem() throws Exception {
        NoteReader.NoteText text = reader.decode(utf8("a\u0007b\u001bc\u007fd\te\n"));

        assertThat(text.text()).isEqualTo("a b c d\te\n");
        assertThat(text.hadControlCharacters()).isTrue();
    }

    @Test
    void blankingControlCharactersKeepsOffsets() throws Exception {
        String raw = "# T\u000c\n[x](https://arxiv.org/abs/1706.03762)\n";

        String text = reader.decode(utf8(raw)).text();

        assertThat(text).hasSameSizeAs(raw);
        assertThat(text.indexOf("https://")).isEqualTo(raw.indexOf("https://"));
    }

    @Test
    void doesNotFlagTabsAndLineBreaksAsControlCharacters() throws Exception {
        assertThat(reader.decode(utf8("a\tb\r\nc\rd\n")).hadControlCharacters()).isFalse();
    }

    @Test
    void hashesTheFileBytesNotTheNormalisedText() throws Exception {
        NoteReader.NoteText crlf = reader.decode(utf8("a\r\nb\r\n"));
        NoteReader.NoteText lf = reader.decode(utf8("a\nb\n"));

        assertThat(crlf.text()).isEqualTo(lf.text());
        assertThat(crlf.sha256()).isNotEqualTo(lf.sha256()).matches("[0-9a-f]{64}");
        assertThat(lf.sha256()).isEqualTo(NoteReader.sha256(utf8("a\nb\n")));
    }

    @Test
    void hashesWithSha256() {
        assertThat(NoteReader.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void readsTheCrLfFixtureAsLf() throws Exception {
        Path file = Path.of("src/test/resources/notes/crlf.md");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("\r\n");

        String text = reader.read(file).text();

        assertThat(text).doesNotContain("\r").startsWith("---\ntitle: Notes written on Windows\n");
    }

    @Test
    void readsTheBomFixtureWithoutItsBom() throws Exception {
        Path file = Path.of("src/test/resources/notes/bom.md");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);

        assertThat(reader.read(file).text()).startsWith("---\ntitle:");
    }

    @Test
    void blanksCombiningMarksPastThirtyTwoInARowAndSaysOnWhichLine() throws Exception {
        String zalgo = "e" + "\u0301".repeat(100);
        NoteReader.NoteText text = reader.decode(utf8("one\ntwo " + zalgo + "\n"));

        assertThat(text.text()).isEqualTo("one\ntwo e" + "\u0301".repeat(NoteReader.MAX_MARKS_IN_A_ROW)
                + " ".repeat(100 - NoteReader.MAX_MARKS_IN_A_ROW) + "\n");
        assertThat(text.marksLine()).isEqualTo(2);
        assertThat(reader.decode(utf8("Vi\u1EC7t e\u0301\u0302\n")).marksLine()).isZero();
    }

    @Test
    void blanksControlCharactersAndNonCharactersNamingTheFirstLine() throws Exception {
        NoteReader.NoteText text = reader.decode(utf8("ok\nok\na\u0001b \uFFFE \uD83F\uDFFF\n\u007f\n"));

        assertThat(text.text()).isEqualTo("ok\nok\na b" + " ".repeat(5) + "\n \n");
        assertThat(text.controlLine()).isEqualTo(3);
        assertThat(text.hadControlCharacters()).isTrue();
    }
}
