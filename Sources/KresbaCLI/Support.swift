import Dispatch
import Foundation
import Kresba

/// Names of specs and their messages.
enum SpecName {
    /// `Gallery/bar/okresy.yaml` → `okresy` (also strips a `.spec` suffix: `okresy.spec.json` → `okresy`).
    static func of(_ path: String) -> String {
        var name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        if name.hasSuffix(".spec") { name = String(name.dropLast(5)) }
        return name
    }

    /// The error for the first spec whose output name (`names[i]`, without extension) another spec
    /// already writes, e.g. `okresy.yaml` and `okresy.json`; nil when every name is distinct.
    static func clash(specs: [String], names: [String]) -> String? {
        var seen: [String: String] = [:]
        for (spec, name) in zip(specs, names) {
            if let other = seen[name] {
                return "\(spec): error: writes the same files as \(other) (\(name).*); rename one of them"
            }
            seen[name] = spec
        }
        return nil
    }

    /// A diagnostic as text, with the spec named by the path the user typed (not just its file name).
    static func relabel(_ diagnostic: Diagnostic, path: String) -> String {
        var d = diagnostic
        if d.file == URL(fileURLWithPath: path).lastPathComponent { d.file = path }
        return d.description
    }
}

/// One spec rendered to its files, as `render` and `build` both do.
enum SpecFiles {
    /// Renders the spec at `spec` in `formats` and writes each to its target (created folders,
    /// atomic files); messages name the spec `label`. Returns the renderings when all was written.
    static func render(
        _ spec: URL, label: String, renderer: Renderer, formats: [OutputFormat], size: RenderSize? = nil,
        targets: [URL], strict: Bool, into outcome: inout SpecOutcome
    ) -> [Rendering]? {
        do {
            let renderings = try renderer.render(specAt: spec, as: formats, size: size)
            let warnings = renderings.first?.warnings ?? []
            outcome.messages += warnings.map { SpecName.relabel($0, path: label) }
            if strict && !warnings.isEmpty {
                outcome.messages.append("\(label): error: warnings are errors (--strict)")
                outcome.failed = true
                return nil
            }
            for (target, rendering) in zip(targets, renderings) {
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(rendering.bytes, to: target)
                outcome.written.append(target.path)
            }
            return renderings
        } catch let error as KresbaError {
            outcome.messages += error.diagnostics.map { SpecName.relabel($0, path: label) }
        } catch {
            outcome.messages.append("\(label): error: \(error)")
        }
        outcome.failed = true
        return nil
    }
}

/// Writes files so that readers never see a partial one: a temporary file in the same folder,
/// then a rename, which is atomic on POSIX file systems.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temp = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temp)
            if rename(temp.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }
}

/// Runs independent jobs on a fixed number of threads and returns results in input order.
enum ParallelMap {
    static func run<T: Sendable>(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let results = ResultSlots<T>(count: count)
        let next = Counter()
        let workers = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = next.take(below: count) {
                results.set(i, body(i))
            }
        }
        return results.values()
    }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }

    /// Each slot is written by exactly one worker, under a lock.
    private final class ResultSlots<T>: @unchecked Sendable {
        private var slots: [T?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: T) {
            lock.lock()
            slots[i] = value
            lock.unlock()
        }
        func values() -> [T] { slots.compactMap { $0 } }
    }
}
