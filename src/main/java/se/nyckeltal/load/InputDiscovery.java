package se.nyckeltal.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.nyckeltal.extract.Extract;
import se.nyckeltal.failure.UserError;

/**
 * Finds the deliveries: {@code <input>/<extract>/*.csv} (the folder name is the extract type,
 * the suffix is matched case-insensitively). Everything else is reported as a warning and not
 * loaded. Folders are not descended into further, so links cannot loop. A link (a {@code .csv} file
 * or an extract's folder) is followed only when its target lies inside the input folder; one that
 * leads outside is reported by its own name and not read (it could expose any file the loader can
 * read); a {@code .csv} link inside that leads nowhere is a delivery that cannot be read, and fails
 * when it is ingested. Names are reported as {@link DisplayNames} shows them.
 */
public final class InputDiscovery {

    /** Load order: relative path compared by Unicode code point, as the contract says. */
    static final Comparator<String> BY_CODE_POINT = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    public record Result(List<DiscoveredFile> files, List<String> warnings) {}

    /** Fails with a plain message unless {@code input} is a folder. */
    public static void requireFolder(Path input) {
        if (!Files.isDirectory(input)) {
            throw new UserError("The input folder " + input.toAbsolutePath() + " does not exist or is not a folder. "
                    + "Give the folder that holds units/, staffing/, invoices/ … with --input.");
        }
    }

    public Result discover(Path input) {
        requireFolder(input);
        Path root = realPath(input);
        List<DiscoveredFile> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path entry : list(input, warnings, "")) {
            String name = DisplayNames.of(entry.getFileName().toString());
            if (!Files.isDirectory(entry)) {
                warnings.add("Ignored " + name + ": files directly in the input folder are not deliveries "
                        + "(put them in the folder of their extract)");
                continue;
            }
            Optional<Extract> extract = Extract.forFolder(name);
            if (extract.isEmpty()) {
                warnings.add("Ignored folder " + name + "/: not an extract of the contract");
                continue;
            }
            if (Files.isSymbolicLink(entry) && !inside(root, entry)) {
                warnings.add("Ignored folder " + name + "/: a link to a folder outside the input folder is not "
                        + "followed (put the deliveries themselves in " + input + "/" + name + "/)");
                continue;
            }
            for (Path file : list(entry, warnings, name + "/")) {
                String relative = name + "/" + file.getFileName();
                String shown = DisplayNames.of(relative);
                if (Files.isSymbolicLink(file) && !inside(root, file)) {
                    warnings.add("Ignored " + shown + ": a link to a file outside the input folder is not followed "
                            + "(copy the delivery itself into the input folder)");
                } else if (Files.isDirectory(file)) {
                    warnings.add("Ignored folder " + shown + "/: deliveries lie directly in " + name + "/");
                } else if (!file.getFileName()
                        .toString()
                        .toLowerCase(Locale.ROOT)
                        .endsWith(".csv")) {
                    warnings.add("Ignored " + shown + ": not a .csv file");
                } else if (isBrokenLink(file)) {
                    // Named as a delivery but unreadable (a link to nothing, or a loop of links): planned
                    // like any delivery, so that it FAILS where the operator sees it instead of vanishing
                    // into a warning.
                    files.add(new DiscoveredFile(extract.get(), relative, file, -1));
                } else if (!Files.isRegularFile(file)) {
                    // a named pipe or device would block or never end: not read at all
                    warnings.add("Ignored " + shown + ": not a regular file");
                } else {
                    files.add(new DiscoveredFile(extract.get(), relative, file, size(file)));
                }
            }
        }
        files.sort(Comparator.comparing(DiscoveredFile::relativeName, BY_CODE_POINT));
        return new Result(List.copyOf(files), List.copyOf(warnings));
    }

    private static List<Path> list(Path folder, List<String> warnings, String shownAs) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            if (shownAs.isEmpty()) {
                throw new UserError("Cannot read the input folder " + folder.toAbsolutePath() + ": " + e.getMessage());
            }
            warnings.add("Ignored folder " + shownAs + ": cannot be read (" + e.getMessage() + ")");
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString(), BY_CODE_POINT));
        return entries;
    }

    private static Path realPath(Path input) {
        try {
            return input.toRealPath();
        } catch (IOException e) {
            throw new UserError("Cannot read the input folder " + input.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    /**
     * Whether a link's target lies inside the input folder. A link that leads nowhere is judged by
     * where it points (its first step): inside, it is a delivery that fails; outside, it is ignored.
     */
    private static boolean inside(Path root, Path link) {
        try {
            if (Files.exists(link)) {
                return link.toRealPath().startsWith(root);
            }
            Path target = link.getParent()
                    .toRealPath()
                    .resolve(Files.readSymbolicLink(link))
                    .normalize();
            return target.startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    /** A symbolic link whose target cannot be reached: missing, or a loop of links. */
    private static boolean isBrokenLink(Path file) {
        return Files.isSymbolicLink(file) && !Files.exists(file);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
