package se.nyckeltal.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Finds the file behind a stored delivery name. Names are stored as {@link DisplayNames} shows them;
 * where that differs from the real name (an identity number masked, a control character escaped) the
 * extract's folder is listed for the files shown so, and of several the one with the planned checksum
 * is taken.
 */
final class DeliveryPaths {

    private DeliveryPaths() {}

    static Path locate(Path input, String storedName, Supplier<String> plannedChecksum) {
        Path named = input.resolve(storedName);
        if (!DisplayNames.mayBeAltered(storedName)) {
            return named;
        }
        int slash = storedName.indexOf('/');
        String folderName = storedName.substring(0, slash + 1);
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> folder = Files.newDirectoryStream(input.resolve(folderName))) {
            for (Path file : folder) {
                if (DisplayNames.of(folderName + file.getFileName()).equals(storedName)) {
                    candidates.add(file);
                }
            }
        } catch (IOException e) {
            return named; // reading it fails and says so
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String checksum = plannedChecksum.get();
        for (Path candidate : candidates) {
            try {
                if (FileChecksum.sha256(candidate).equals(checksum)) {
                    return candidate;
                }
            } catch (IOException e) {
                // not this one
            }
        }
        return named; // gone since it was planned: reading it fails and says so
    }
}
