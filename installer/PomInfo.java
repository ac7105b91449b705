import java.io.File;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Prints what the installer scripts take from pom.xml as key=value lines. Run as a single source
 * file ({@code java installer/PomInfo.java pom.xml}) so the scripts need nothing but the JDK: no
 * python, no xmllint, no Maven plugin. Not part of the application.
 */
public class PomInfo {

    public static void main(String[] args) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File(args.length > 0 ? args[0] : "pom.xml")).getDocumentElement();
        print("version", project, "version");
        print("name", project, "name");
        print("description", project, "description");
        print("inception", project, "inceptionYear");
        print("url", project, "url");
        print("vendor", project, "organization", "name");
        print("email", project, "developers", "developer", "email");
        print("license", project, "licenses", "license", "name");
        print("licenseUrl", project, "licenses", "license", "url");
        print("fxversion", project, "properties", "javafx.version");
        print("jvmOptions", project, "properties", "app.jvmOptions");
    }

    private static void print(String key, Element from, String... path) {
        Element e = from;
        for (String name : path) {
            e = e == null ? null : child(e, name);
        }
        String text = e == null ? "" : e.getTextContent().trim().replaceAll("\\s+", " ");
        System.out.println(key + "=" + text);
    }

    /** The first direct child of that name (a descendant could belong to a dependency or plugin). */
    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && name.equals(c.getTagName())) {
                return c;
            }
        }
        return null;
    }
}
