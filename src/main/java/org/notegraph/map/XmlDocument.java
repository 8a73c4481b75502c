package org.notegraph.map;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One UTF-8 XML document written to a stream (the SVG and GraphML drawings): the declaration, the
 * body, a final line end, and a writer error named after the format.
 */
final class XmlDocument {
    private XmlDocument() {}

    /** Writes the document's elements. */
    @FunctionalInterface
    interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    static void write(OutputStream out, String format, Body body) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.flush();
            w.close();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the " + format + ": " + e.getMessage(), e);
        }
    }
}
