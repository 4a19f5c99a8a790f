package se.nyckeltal.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test helper: reads a chart's SVG (which must be well-formed XML) as the browser would draw it. */
final class SvgChart {

    /** A point of a path, in SVG user units (y grows downwards). */
    record Point(double x, double y) {}

    private static final Pattern COORDINATES = Pattern.compile("(-?[0-9.]+),(-?[0-9.]+)");
    private static final Pattern PATH_STEP = Pattern.compile("([ML])(-?[0-9.]+),(-?[0-9.]+)");

    private final Document document;

    private SvgChart(Document document) {
        this.document = document;
    }

    static SvgChart parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            return new SvgChart(
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** The group with this id, or an assertion error. */
    Element group(String id) {
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (id.equals(g.getAttribute("id"))) {
                return g;
            }
        }
        throw new AssertionError("no group " + id);
    }

    /** The line of a series group as its sub-paths: a new sub-path starts after each gap. */
    List<List<Point>> subPaths(String groupId) {
        NodeList paths = group(groupId).getElementsByTagName("path");
        if (paths.getLength() != 1) {
            throw new AssertionError(groupId + " has " + paths.getLength() + " paths, expected one");
        }
        List<List<Point>> subPaths = new ArrayList<>();
        Matcher step = PATH_STEP.matcher(((Element) paths.item(0)).getAttribute("d"));
        while (step.find()) {
            if (step.group(1).equals("M")) {
                subPaths.add(new ArrayList<>());
            }
            subPaths.get(subPaths.size() - 1)
                    .add(new Point(Double.parseDouble(step.group(2)), Double.parseDouble(step.group(3))));
        }
        return subPaths;
    }

    /** The centre of the shapes in a group (a marker), from the extremes of its path coordinates. */
    Point centre(String groupId) {
        NodeList paths = group(groupId).getElementsByTagName("path");
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < paths.getLength(); i++) {
            Matcher pair = COORDINATES.matcher(((Element) paths.item(i)).getAttribute("d"));
            while (pair.find()) {
                double x = Double.parseDouble(pair.group(1));
                double y = Double.parseDouble(pair.group(2));
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        if (minX > maxX) {
            throw new AssertionError(groupId + " draws no shape");
        }
        return new Point((minX + maxX) / 2, (minY + maxY) / 2);
    }

    boolean hasGroup(String id) {
        return ids().contains(id);
    }

    /** The end points of the one {@code <line>} in a target group. */
    List<Point> line(String groupId) {
        NodeList lines = group(groupId).getElementsByTagName("line");
        if (lines.getLength() != 1) {
            throw new AssertionError(groupId + " has " + lines.getLength() + " lines, expected one");
        }
        Element line = (Element) lines.item(0);
        return List.of(
                new Point(number(line, "x1"), number(line, "y1")), new Point(number(line, "x2"), number(line, "y2")));
    }

    /** Every text drawn, in drawing order. */
    List<String> texts() {
        NodeList texts = document.getElementsByTagName("text");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            result.add(texts.item(i).getTextContent());
        }
        return result;
    }

    /** The values of every {@code id} attribute. */
    List<String> ids() {
        NodeList all = document.getElementsByTagName("*");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
