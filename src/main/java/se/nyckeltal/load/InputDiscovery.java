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

import se.nyckeltal.cli.UserError;
import se.nyckeltal.extract.Extract;

/**
 * Finds the deliveries: {@code <input>/<extract>/*.csv} (the folder name is the extract type,
 * the suffix is matched case-insensitively). Everything else is reported as a warning and not
 * loaded. Folders are not descended into further, so links cannot loop; a {@code .csv} link that
 * leads nowhere is a delivery that cannot be read, and fails when it is ingested.
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

    public record Result(List<DiscoveredFile> files, List<String> warnings) {
    }

    /** Fails with a plain message unless {@code input} is a folder. */
    public static void requireFolder(Path input) {
        if (!Files.isDirectory(input)) {
            throw new UserError("The input folder " + input.toAbsolutePath() + " does not exist or is not a folder. "
                    + "Give the folder that holds units/, staffing/, invoices/ … with --input.");
        }
    }

    public Result discover(Path input) {
        requireFolder(input);
        List<DiscoveredFile> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path entry : list(input, warnings, "")) {
            String name = entry.getFileName().toString();
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
            for (Path file : list(entry, warnings, name + "/")) {
                String relative = name + "/" + file.getFileName();
                if (Files.isDirectory(file)) {
                    warnings.add("Ignored folder " + relative + "/: deliveries lie directly in " + name + "/");
                } else if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    warnings.add("Ignored " + relative + ": not a .csv file");
                } else if (isBrokenLink(file)) {
                    // Named as a delivery but unreadable (a link to nothing, or a loop of links): planned
                    // like any delivery, so that it FAILS where the operator sees it instead of vanishing
                    // into a warning.
                    files.add(new DiscoveredFile(extract.get(), relative, file, -1));
                } else if (!Files.isRegularFile(file)) {
                    // a named pipe or device would block or never end: not read at all
                    warnings.add("Ignored " + relative + ": not a regular file");
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
