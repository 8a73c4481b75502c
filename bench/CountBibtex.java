import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbibtex.BibTeXParser;

/** bench/check-bibtex's second reader: prints how many entries jbibtex (strict: unknown strings are errors) reads in a .bib file. */
public class CountBibtex {
    public static void main(String[] args) throws Exception {
        try (Reader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            System.out.println(new BibTeXParser().parse(r).getEntries().size());
        }
    }
}
