package org.notegraph.identity;

import static org.notegraph.testing.FuzzNotes.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.notegraph.extract.papers.IdScheme;
import org.notegraph.model.Namespaces;
import org.notegraph.testing.FuzzNotes;

/**
 * Fuzz target: IRI minting from any text (a note path, a name, a title, an identifier, a URL key).
 * Every IRI minted is valid, ASCII, under its base, and the same text mints the same IRI again.
 */
class IriMinterFuzzTest {
    private static final IriMinter DEFAULT = new IriMinter(null);
    private static final IriMinter HASH_BASE = new IriMinter("https://kg.example.org/notes#");

    @FuzzTest(maxDuration = "10m")
    void fuzz(byte[] bytes) {
        String text = FuzzNotes.text(bytes);
        for (IriMinter m : new IriMinter[] {DEFAULT, HASH_BASE}) {
            mint(m, m.note(text), "note");
            mint(m, m.mention(text, 7, 2), "mention");
            mint(m, m.noteThing(text, "claim", 3, 1), "claim");
            mint(m, m.citedWork("notes/a.md", text), "cited work");
            mint(m, m.concept(text), "concept");
            mint(m, m.person(text), "person");
            mint(m, m.venue(text), "venue");
            mint(m, m.paperByTitle(text), "paper by title");
            mint(m, m.paperByUrl(text), "paper by URL");
            for (IdScheme s : IdScheme.values()) mint(m, m.paperById(s, text), "paper by " + s);
            check(m.person(text).equals(m.person(text)) && m.paperByTitle(text).equals(m.paperByTitle(text)),
                    "the same text minted two IRIs");
        }
        check(DEFAULT.base().equals(Namespaces.DEFAULT_BASE), "default base changed");
    }

    private static void mint(IriMinter m, String iri, String what) {
        check(iri.startsWith(m.base()), what + " <" + iri + "> not under " + m.base());
        FuzzNotes.checkIri(iri, what);
    }
}
