import Foundation

/// What the last `kresba build` rendered, kept in the output folder (`.kresba-build.json`), so
/// that the next build skips every chart whose spec, inputs and options are unchanged.
///
/// Files are compared by content: a fingerprint is the size, the modification time and a 64-bit
/// FNV-1a hash; when size and time match the hash is trusted without reading the file, and when
/// the time differs (a fresh clone, a `touch`) the content decides. Charts that fetch URLs are
/// always rendered again (their data may have changed on the server).
struct BuildState: Codable, Equatable {
    /// The Kresba version that wrote the files: another version renders everything again.
    var kresba: String
    /// By job key (`<chart>` or `<chart>@<size>`).
    var jobs: [String: Job] = [:]
    /// Every file, relative to the output folder, that this build is to write (failed charts
    /// included): what the next build may remove when the manifest no longer asks for it. Files
    /// the build did not make are never touched.
    var outputs: [String] = []

    init(kresba: String, jobs: [String: Job] = [:], outputs: [String] = []) {
        self.kresba = kresba
        self.jobs = jobs
        self.outputs = outputs
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kresba = try container.decode(String.self, forKey: .kresba)
        jobs = try container.decode([String: Job].self, forKey: .jobs)
        // Absent in states written before builds removed what they no longer make.
        outputs = try container.decodeIfPresent([String].self, forKey: .outputs) ?? []
    }

    /// The files an earlier build made that this one does not: its recorded outputs and those of
    /// its charts, less `current`.
    func staleOutputs(keeping current: Set<String>) -> [String] {
        Set(outputs + jobs.values.flatMap(\.outputs)).subtracting(current).sorted()
    }

    struct Job: Codable, Equatable {
        var spec: Fingerprint
        /// Formats, scale and size, as text.
        var options: String
        /// By resolved path.
        var inputs: [String: Fingerprint]
        /// Output files, relative to the output folder.
        var outputs: [String]
        /// The chart's title and alt text, for the index a portal embeds the images with.
        var title: String
        var altText: String
    }

    struct Fingerprint: Codable, Equatable {
        var size: Int
        var modified: Double
        var hash: String
    }

    static let fileName = ".kresba-build.json"
    /// What a portal reads to embed the images: every chart's files, title and alt text.
    static let indexName = "index.json"

    /// One chart in one size in `index.json`.
    struct IndexEntry: Codable, Equatable {
        var chart: String
        var size: String?
        var title: String
        var alt: String
        var files: [String]
    }

    /// Writes `index.json` for `jobs` (in build order) from their records.
    func saveIndex(_ keys: [(key: String, chart: String, size: String?)], to folder: URL) throws {
        let entries = keys.compactMap { job in
            jobs[job.key].map {
                IndexEntry(
                    chart: job.chart, size: job.size, title: $0.title, alt: $0.altText, files: $0.outputs)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try AtomicFile.write(
            [UInt8](try encoder.encode(entries)), to: folder.appendingPathComponent(Self.indexName))
    }

    static func load(from folder: URL) -> BuildState? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path)
        else { return nil }
        return try? JSONDecoder().decode(BuildState.self, from: data)
    }

    func save(to folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try AtomicFile.write(
            [UInt8](try encoder.encode(self)), to: folder.appendingPathComponent(Self.fileName))
    }
}

/// Fingerprints of files, each file hashed at most once per build (many charts share a data file).
final class Fingerprints: @unchecked Sendable {
    // @unchecked: `known` is only touched under `lock`.
    private var known: [String: BuildState.Fingerprint] = [:]
    private let lock = NSLock()

    /// The file's fingerprint, reusing `previous`'s hash when size and time are unchanged; nil when
    /// the file cannot be read.
    func of(_ path: String, previous: BuildState.Fingerprint? = nil) -> BuildState.Fingerprint? {
        lock.lock()
        if let done = known[path] {
            lock.unlock()
            return done
        }
        lock.unlock()
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = (attributes[.size] as? NSNumber)?.intValue,
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970
        else { return nil }
        var print = BuildState.Fingerprint(size: size, modified: modified, hash: "")
        if let previous, previous.size == size, previous.modified == modified {
            print.hash = previous.hash
        } else {
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            print.hash = Self.hash(data)
        }
        lock.lock()
        known[path] = print
        lock.unlock()
        return print
    }

    /// FNV-1a, 64 bits, as 16 hex digits: enough to tell a changed file from an unchanged one.
    static func hash(_ data: Data) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
