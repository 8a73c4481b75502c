import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The parse anchor of bench/run: reads every {@code *.md} under a folder, decodes it as UTF-8 and
 * parses it with flexmark-java and the one extension notegraph enables (tables), as a parallel
 * stream on the common pool, as notegraph's build reads its notes. It is the library's own speed on
 * the same input, so the build's time can be read against it.
 *
 *   java -cp 'target/lib/*:target/bench-classes' ParseAnchor NOTES_DIR
 */
public final class ParseAnchor {
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ParseAnchor NOTES_DIR");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Parser parser = Parser.builder(options).build();
        long t0 = System.nanoTime();
        long[] bytesAndNodes = files.parallelStream().map(f -> parse(parser, f))
                .reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "parsed %d notes, %.1f MB, %d top-level blocks in %.2f s (%.1f MB/s in-process)%n",
                files.size(), bytesAndNodes[0] / 1e6, bytesAndNodes[1], seconds, bytesAndNodes[0] / 1e6 / seconds);
    }

    private static long[] parse(Parser parser, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Document document = parser.parse(new String(bytes, StandardCharsets.UTF_8));
            return new long[] {bytes.length, count(document)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Document document) {
        long n = 0;
        for (var child = document.getFirstChild(); child != null; child = child.getNext()) n++;
        return n;
    }
}
