import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.notegraph.diag.Diagnostics;
import org.notegraph.notes.NoteFile;
import org.notegraph.notes.NoteParser;
import org.notegraph.notes.NoteSource;

/**
 * The parse anchor of bench/run: every note under a folder read and parsed as a parallel stream on
 * the common pool, as notegraph's build reads its notes, and nothing else.
 *
 * By default with notegraph's own {@link NoteParser}: strict UTF-8 decoding, front matter, and
 * flexmark-java with the one extension notegraph enables (tables) and its linear inline parser
 * (the same AST as flexmark's, without the copy of the paragraph that flexmark makes per regex
 * match on Java 17). With {@code --stock}: flexmark-java as shipped (tables, its own inline
 * parser), slower on long paragraphs for that reason.
 *
 *   java -cp 'target/notegraph.jar:target/lib/*:target/bench-classes' ParseAnchor [--stock] NOTES_DIR
 */
public final class ParseAnchor {
    public static void main(String[] args) {
        boolean stock = args.length == 2 && args[0].equals("--stock");
        if (args.length != 1 && !stock) {
            System.err.println("usage: ParseAnchor [--stock] NOTES_DIR");
            System.exit(2);
        }
        List<NoteFile> files = new NoteSource(List.of()).find(List.of(Path.of(args[args.length - 1])), new Diagnostics());
        NoteParser noteParser = new NoteParser();
        Parser flexmark = stockParser();
        long t0 = System.nanoTime();
        long parsed = files.parallelStream()
                .filter(f -> stock ? parseStock(flexmark, f) : noteParser.read(f, new Diagnostics()).isPresent()).count();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long bytes = files.stream().mapToLong(f -> f.path().toFile().length()).sum();
        System.out.printf(Locale.ROOT, "%s: parsed %d of %d notes, %.1f MB in %.2f s (%.1f MB/s in-process)%n",
                stock ? "flexmark as shipped" : "notegraph's NoteParser", parsed, files.size(), bytes / 1e6, seconds,
                bytes / 1e6 / seconds);
    }

    private static Parser stockParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        return Parser.builder(options).build();
    }

    private static boolean parseStock(Parser parser, NoteFile file) {
        try {
            return parser.parse(new String(Files.readAllBytes(file.path()), StandardCharsets.UTF_8)).hasChildren();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
