import Foundation

/// Finds the `Fonts/` folder that ships with Kresba.
///
/// SwiftPM resources must live inside a target folder, so the fonts sit at the top of the
/// checkout and are looked up at run time, in this order:
/// 1. `KRESBA_FONTS` in the environment;
/// 2. `share/kresba/Fonts` beside the installed binary (`/usr/local/bin/kresba` →
///    `/usr/local/share/kresba/Fonts`), as the README's install step lays it out;
/// 3. a `Fonts/` folder in an ancestor of the executable (`swift run` from the checkout runs
///    `.build/<triple>/debug/kresba`).
///
/// An app that embeds the library passes its font folder in ``RenderOptions`` instead.
public enum BundledFonts {
    /// The folder, or `nil` when none of the places has it.
    public static let directory: URL? = locate()

    private static func isFontFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("Inter-Regular.otf").path)
    }

    private static func locate() -> URL? {
        if let env = ProcessInfo.processInfo.environment["KRESBA_FONTS"], !env.isEmpty {
            return URL(fileURLWithPath: env, isDirectory: true)
        }
        let executable = executableFile().resolvingSymlinksInPath()
        var candidates: [URL] = []
        let bin = executable.deletingLastPathComponent()
        candidates.append(bin.deletingLastPathComponent().appendingPathComponent("share/kresba/Fonts"))
        var folder = bin
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Fonts"))
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first(where: isFontFolder)
    }

    /// The running binary. argv[0] may be a bare name found on PATH; the kernel and the loader
    /// know the real file. On Linux /proc/self/exe names it directly: `Bundle.main` would also
    /// list the binary's folder and look for bundle resources, a quarter of a millisecond at
    /// every start.
    private static func executableFile() -> URL {
        #if os(Linux)
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
                path.hasPrefix("/"), FileManager.default.fileExists(atPath: path)
            {
                return URL(fileURLWithPath: path)
            }
        #endif
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "")
    }
}
