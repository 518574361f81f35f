import CPangoCairo
import Foundation

/// The fonts Kresba may draw with: a private fontconfig configuration over the given folders only.
///
/// The configuration never loads the system's fontconfig files or scans the system font folders, so
/// a spec renders with the same fonts on every machine, and a family that is not here is an error
/// instead of a silent substitution (see ``PangoTextMeasurer``).
///
/// Create one library per process (scanning the folders costs a few milliseconds) and share it
/// between renders and threads.
///
/// Side effect: the first library installs an empty configuration as fontconfig's process-wide
/// default, so that Pango's background `FcInit` does not load the system's fonts (see
/// `neutralizeDefaultConfiguration`). Code in the same process that relies on fontconfig's
/// default configuration for its own text would find no fonts.
public final class FontLibrary: @unchecked Sendable {
    // @unchecked Sendable: the only state is the FcConfig, which is built completely in `init` and
    // never changed afterwards. Renders only read it (FcFontSort, FcConfigGetFonts) and take
    // references to it through Pango, and fontconfig's reference counting is atomic, so sharing
    // it between threads is safe. `families` and `directories` are immutable Swift values.

    /// The fontconfig configuration; owned by this object and destroyed in `deinit`.
    let config: OpaquePointer

    /// The folders the fonts were loaded from, in the order given.
    public let directories: [URL]

    /// The font families available, sorted, e.g. `["Inter", "Noto Serif"]`.
    public let families: [String]

    /// Loads every font file in the given folders (and their subfolders) into a private configuration.
    /// - Throws: ``BackendError/fontDirectoryMissing(path:)`` if a folder does not exist,
    ///   ``BackendError/noFontsInDirectory(path:)`` if fontconfig finds no font in one.
    public init(directories: [URL]) throws {
        try Self.neutralizeDefaultConfiguration()
        config = try Self.makeConfiguration(directories)
        self.directories = directories
        families = Self.familyNames(config)
    }

    deinit {
        FcConfigDestroy(config)
    }

    /// A new configuration holding the fonts under `directories`; the caller owns it.
    private static func makeConfiguration(_ directories: [URL]) throws -> OpaquePointer {
        // FcConfigCreate gives an empty configuration: no <dir>, no <cachedir>, no rules. That is
        // the point: FcInit / FcInitLoadConfigAndFonts would read /etc/fonts and scan the system
        // fonts. Fonts are added file by file rather than with FcConfigAppFontAddDir, because the
        // directory call scans and then tries to write a cache file; with no cache directory it
        // prints "Fontconfig error: No writable cache directories" on every start. Scanning our
        // few files directly takes a few milliseconds and touches nothing on disk.
        guard let config = FcConfigCreate() else {
            throw BackendError.pango("FcConfigCreate failed")
        }
        var complete = false
        defer { if !complete { FcConfigDestroy(config) } }
        var count = 0
        for directory in directories {
            let path = directory.standardizedFileURL.path
            // Resolved, because FileManager does not descend into a directory given as a symlink.
            guard
                let files = regularFiles(under: directory.standardizedFileURL.resolvingSymlinksInPath().path)
            else {
                throw BackendError.fontDirectoryMissing(path: path)
            }
            // Files that are not fonts (licences, READMEs) are rejected by fontconfig and add nothing.
            for file in files { _ = FcConfigAppFontAddFile(config, file) }
            let newCount = Int(fontSet(config)?.pointee.nfont ?? 0)
            guard newCount > count else { throw BackendError.noFontsInDirectory(path: path) }
            count = newCount
        }
        complete = true
        return config
    }

    /// Installs an empty configuration as fontconfig's process-wide default, once, before the
    /// first Pango font map exists.
    ///
    /// Every Pango fontconfig font map, even one given its own FcConfig, starts a background
    /// thread whose first job is `FcInit()`: it loads /etc/fonts/fonts.conf, reads the system font
    /// caches and stats (or, with stale caches, rescans) /usr/share/fonts, and Pango blocks the
    /// first font lookup until that finishes (about 80 ms here). `FcInit` does nothing when a
    /// default configuration is already set, so setting an empty one skips all of that, and
    /// anything that does fall back to the default (Cairo's toy text API) finds no fonts rather
    /// than the machine's. The cost is that a host process sharing fontconfig's default for its
    /// own text would see it empty; Kresba's processes (CLI, tests, server) have none.
    private static func neutralizeDefaultConfiguration() throws {
        guard neutralizedDefault else {
            throw BackendError.pango("could not install an empty default fontconfig configuration")
        }
    }

    /// Lazily initialised exactly once (Swift runs global and static initialisers under a lock).
    /// The empty configuration is never destroyed: it must outlive every use of the default, and
    /// fontconfig before 2.13.93 did not take a reference of its own in FcConfigSetCurrent.
    private static let neutralizedDefault: Bool = {
        guard let empty = FcConfigCreate() else { return false }
        return FcConfigSetCurrent(empty) != 0
    }()

    /// Every regular, non-hidden file under `path` (recursively), sorted so the font set, and with
    /// it fontconfig's choice between equally good matches, does not depend on directory order.
    /// `nil` if `path` is not a directory.
    private static func regularFiles(under path: String) -> [String]? {
        guard isRegularFile(path) == false, let enumerator = FileManager.default.enumerator(atPath: path)
        else {
            return nil
        }
        var files: [String] = []
        for case let relative as String in enumerator {
            let name = relative.split(separator: "/").last ?? ""
            let full = path + "/" + relative
            if !name.hasPrefix("."), isRegularFile(full) == true { files.append(full) }
        }
        return files.sorted()
    }

    /// `true` for a regular file, `false` for a directory, `nil` if nothing is there. Plain stat(2):
    /// Foundation's resource values would also look up the owner's name in /etc/passwd per file.
    private static func isRegularFile(_ path: String) -> Bool? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return true
        case S_IFDIR: return false
        default: return nil
        }
    }

    /// The application font set: where FcConfigAppFontAddFile puts fonts (the "system" set stays
    /// empty because the configuration names no <dir>).
    private static func fontSet(_ config: OpaquePointer) -> UnsafeMutablePointer<FcFontSet>? {
        FcConfigGetFonts(config, FcSetApplication)
    }

    /// The primary (index 0) family name of every font. Fonts such as Inter Medium also carry a
    /// legacy name ("Inter Medium") at index 1; that is not a family callers should ask for, and
    /// Pango reports index 0 when it describes a loaded font.
    private static func familyNames(_ config: OpaquePointer) -> [String] {
        guard let set = fontSet(config), let fonts = set.pointee.fonts else { return [] }
        var names = Set<String>()
        for index in 0..<Int(set.pointee.nfont) {
            guard let pattern = fonts[index] else { continue }
            var value: UnsafeMutablePointer<FcChar8>?
            guard FcPatternGetString(pattern, FC_FAMILY, 0, &value) == FcResultMatch, let value else {
                continue
            }
            names.insert(String(cString: value))
        }
        return names.sorted()
    }
}
