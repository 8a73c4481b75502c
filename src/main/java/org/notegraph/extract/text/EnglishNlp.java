package org.notegraph.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * English sentences, tokens and part-of-speech tags (Universal Dependencies tags) from Apache OpenNLP and
 * its published English models ({@code opennlp-models-*-en}). The models are read from the class
 * path once per process; each call makes its own (cheap, not thread-safe) taggers over them.
 */
public final class EnglishNlp {
    /** A token of a text: its offsets in that text, its words and its universal tag ("NOUN", "VERB", "AUX", "ADJ"). */
    public record Token(int start, int end, String text, String tag) {
        public boolean isNoun() { return tag.equals("NOUN") || tag.equals("PROPN"); }
        public boolean isAdjective() { return tag.equals("ADJ"); }
        /** A verb or an auxiliary ("shows", "is", "can"). */
        public boolean isVerb() { return tag.equals("VERB") || tag.equals("AUX"); }
        public boolean isPronoun() { return tag.equals("PRON"); }
        /** A word that may stand inside a noun phrase: determiner, number, adjective, noun, a hyphen or possessive. */
        public boolean inNounPhrase() {
            return isNoun() || isAdjective() || tag.equals("DET") || tag.equals("NUM") || text.equals("-") || text.equals("'s");
        }
    }

    private static final class Models {
        static final SentenceModel SENTENCES = load("opennlp-en-ud-ewt-sentence-1.1-2.4.0.bin", SentenceModel::new);
        static final TokenizerModel TOKENS = load("opennlp-en-ud-ewt-tokens-1.1-2.4.0.bin", TokenizerModel::new);
        static final POSModel TAGS = load("opennlp-en-ud-ewt-pos-1.1-2.4.0.bin", POSModel::new);
    }

    private interface Reader<T> { T read(InputStream in) throws IOException; }

    private static <T> T load(String name, Reader<T> reader) {
        try (InputStream in = EnglishNlp.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("OpenNLP model not on the class path: " + name);
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
        }
    }

    private final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCES);
    private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);
    private final POSTaggerME tagger = new POSTaggerME(Models.TAGS, POSTagFormat.UD);

    /** The offsets [start, end) of each sentence of {@code text}. */
    public List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        for (Span s : sentences.sentPosDetect(text)) out.add(new int[] {s.getStart(), s.getEnd()});
        return out;
    }

    /** The tokens of one sentence with their tags; offsets are within {@code sentence}. */
    public List<Token> tag(String sentence) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) words[i] = spans[i].getCoveredText(sentence).toString();
        String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) out.add(new Token(spans[i].getStart(), spans[i].getEnd(), words[i], tags[i]));
        return out;
    }
}
