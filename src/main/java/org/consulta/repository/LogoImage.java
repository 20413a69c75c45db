package org.consulta.repository;

import org.consulta.kernel.FileSignature;
import org.consulta.kernel.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

/**
 * A logo as uploaded, judged by its bytes and never by its name: PNG and JPEG by their signature,
 * SVG by parsing it (no DTD, no external entities) and keeping only drawing elements and
 * presentation attributes, so that no script, event handler or external reference survives.
 */
public final class LogoImage {

    public static final int MAX_BYTES = 256 * 1024;
    private static final Set<String> SVG_ELEMENTS = Set.of("svg", "g", "path", "circle", "ellipse", "rect", "line",
            "polyline", "polygon", "text", "tspan", "title", "desc", "defs", "lineargradient", "radialgradient", "stop");
    private static final Set<String> SVG_ATTRIBUTES = Set.of("xmlns", "viewbox", "width", "height", "x", "y", "x1", "y1",
            "x2", "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "fill", "stroke", "stroke-width", "stroke-linecap",
            "stroke-linejoin", "opacity", "fill-opacity", "stroke-opacity", "fill-rule", "transform", "id", "offset",
            "stop-color", "stop-opacity", "gradientunits", "gradienttransform", "font-family", "font-size",
            "font-weight", "text-anchor", "preserveaspectratio", "version");

    private LogoImage() {
    }

    public record Checked(String mediaType, byte[] content) {
    }

    /** The image ready to store, or a refusal with the key of the reason. */
    public static Checked check(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new RefusedException("admin_settings.logo_missing");
        }
        if (upload.length > MAX_BYTES) {
            throw new RefusedException("admin_settings.logo_too_large");
        }
        if (FileSignature.PNG.matches(upload)) {
            return new Checked("image/png", upload);
        }
        if (FileSignature.JPEG.matches(upload)) {
            return new Checked("image/jpeg", upload);
        }
        return new Checked("image/svg+xml", sanitizeSvg(upload));
    }

    static byte[] sanitizeSvg(byte[] upload) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(upload));
            Element root = document.getDocumentElement();
            if (!"svg".equals(root.getTagName().toLowerCase(Locale.ROOT))) {
                throw new RefusedException("admin_settings.logo_type");
            }
            clean(root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            // the root element alone: processing instructions and comments around it (an xml-stylesheet
            // pointing elsewhere) are not part of the drawing
            transformer.transform(new DOMSource(root), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (RefusedException refused) {
            throw refused;
        } catch (Exception notAnImage) {
            throw new RefusedException("admin_settings.logo_type");
        }
    }

    private static void clean(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            Node attribute = attributes.item(i);
            String name = attribute.getNodeName().toLowerCase(Locale.ROOT);
            String value = attribute.getNodeValue().toLowerCase(Locale.ROOT);
            if (!SVG_ATTRIBUTES.contains(name) || value.contains("url(") || value.contains("javascript:")) {
                element.removeAttribute(attribute.getNodeName());
            }
        }
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                if (SVG_ELEMENTS.contains(child.getNodeName().toLowerCase(Locale.ROOT))) {
                    clean((Element) child);
                } else {
                    element.removeChild(child);
                }
            } else if (child.getNodeType() != Node.TEXT_NODE) {
                element.removeChild(child);
            }
            child = next;
        }
    }
}
