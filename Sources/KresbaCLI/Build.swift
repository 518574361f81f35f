import ArgumentParser
import Foundation
import Kresba
import KresbaCore

/// `kresba build`: every chart a manifest names, in every size, rendering only what changed.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render the charts a build manifest names; skip those whose inputs did not change.",
        discussion: """
            The manifest (build.yaml) names the spec files by pattern, the output folder, the formats, \
            the PNG scale and optionally named sizes:

              charts: [grafy/*.yaml, mapy/**/*.yaml]
              out: web/grafy
              formats: [png, svg]
              scale: 2
              sizes: { mobil: 360x480, web: 800x500, tisk: 170x110mm@300dpi }

            Files go to OUT/<spec path>.<ext>, or with sizes to OUT/<size>/<spec path>.<ext>. Specs \
            may read data anywhere in the manifest's folder. Files an earlier build made that the \
            manifest no longer asks for (a chart, size or format dropped) are removed; other files \
            in OUT are never touched. The build writes OUT/index.json (each chart's files, title and alt text, for the pages that \
            embed them) and remembers in OUT/.kresba-build.json what each chart read (the spec, data, catalogs, \
            geometry) and renders a chart again only when one of those files, the options or the \
            Kresba version changed; charts that download data are always rendered. --force renders \
            everything.
            """)

    @Argument(help: ArgumentHelp("The build manifest.", valueName: "manifest"))
    var manifest: String = "build.yaml"

    @Flag(help: "Render every chart, changed or not.")
    var force = false

    @OptionGroup var parallel: JobsOption

    @OptionGroup var common: CommonOptions

    func validate() throws {
    }

    /// One chart in one size.
    struct Job: Sendable {
        /// The spec's path relative to the manifest's folder.
        var chart: String
        var size: BuildManifest.Size?
        var key: String { size.map { "\(chart)@\($0.name)" } ?? chart }
    }

    /// What happened to one job.
    struct Outcome: Sendable {
        var files = SpecOutcome()
        var record: BuildState.Job?
        var upToDate = false
    }

    func run() throws {
        let manifestURL = URL(fileURLWithPath: manifest).standardizedFileURL
        guard let bytes = FileManager.default.contents(atPath: manifestURL.path) else {
            printError("\(manifest): error: cannot read the build manifest")
            throw ExitCode.failure
        }
        let plan: BuildManifest
        do {
            plan = try BuildManifest.read([UInt8](bytes), file: manifest)
        } catch {
            for diagnostic in error.diagnostics { printError(diagnostic.description) }
            throw ExitCode.failure
        }
        let folder = manifestURL.deletingLastPathComponent()
        let outURL = URL(fileURLWithPath: plan.out, relativeTo: folder).standardizedFileURL
        let outRelative = relative(outURL.path, to: folder.path)
        // Neither the manifest nor a dataset catalog is a chart, whatever the patterns say.
        let charts = PathPattern.files(
            in: folder, matching: plan.charts, skipping: outRelative.map { [$0] } ?? []
        ).filter {
            $0 != manifestURL.lastPathComponent && ($0 as NSString).lastPathComponent != "datasets.yaml"
        }
        guard !charts.isEmpty else {
            printError(
                "\(manifest)#/charts: error: no spec file matches \(plan.charts.map { "\"\($0)\"" }.joined(separator: ", "))"
            )
            throw ExitCode.failure
        }
        let renderer: Renderer
        do {
            // Charts in the project's subfolders may share data anywhere in the project.
            renderer = try common.makeRenderer(dataRoots: [folder])
            try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true)
        } catch {
            printError("\(error)")
            throw ExitCode.failure
        }
        let version = KresbaCommand.configuration.version
        let recorded = BuildState.load(from: outURL)
        let previous = force ? nil : recorded.flatMap { $0.kresba == version ? $0 : nil }
        let jobs: [Job] =
            plan.sizes.isEmpty
            ? charts.map { Job(chart: $0, size: nil) }
            : charts.flatMap { chart in plan.sizes.map { Job(chart: chart, size: $0) } }
        if let clash = SpecName.clash(
            specs: charts, names: charts.map { ($0 as NSString).deletingPathExtension })
        {
            printError(clash)
            throw ExitCode.failure
        }
        let fingerprints = Fingerprints()
        let outcomes = ParallelMap.run(jobs.count, jobs: parallel.count) { i -> Outcome in
            build(
                jobs[i], plan: plan, folder: folder, outURL: outURL, previous: previous?.jobs[jobs[i].key],
                renderer: renderer, fingerprints: fingerprints)
        }

        var state = BuildState(
            kresba: version, outputs: jobs.flatMap { outputs(of: $0, plan: plan) }.sorted())
        var failed = 0
        var upToDate = 0
        // A spec's problem is the same in every size: said once.
        var said: Set<String> = []
        for (job, outcome) in zip(jobs, outcomes) {
            for line in outcome.files.messages where said.insert(line).inserted { printError(line) }
            if !common.quiet { for file in outcome.files.written { print(file) } }
            if outcome.files.failed { failed += 1 }
            if outcome.upToDate { upToDate += 1 }
            if let record = outcome.record { state.jobs[job.key] = record }
        }
        // What an earlier build made and this one does not (a chart, size or format dropped from
        // the manifest) goes, so that a portal's folder holds no images of charts it no longer has.
        let stale = recorded?.staleOutputs(keeping: Set(state.outputs)) ?? []
        for file in stale where remove(file, in: outURL) {
            if !common.quiet { print("removed \(outURL.appendingPathComponent(file).path)") }
        }
        do {
            try state.save(to: outURL)
            try state.saveIndex(jobs.map { ($0.key, $0.chart, $0.size?.name) }, to: outURL)
        } catch {
            printError("\(plan.out)/\(BuildState.fileName): error: cannot write the build state: \(error)")
            failed += 1
        }
        if !common.quiet {
            print("\(jobs.count - upToDate - failed) rendered, \(upToDate) up to date, \(failed) failed")
        }
        if failed > 0 { throw ExitCode.failure }
    }

    /// The files a job writes, relative to the output folder: `<size>/<spec path>.<ext>`.
    private func outputs(of job: Job, plan: BuildManifest) -> [String] {
        let stem = (job.chart as NSString).deletingPathExtension
        return plan.formats.map { format in (job.size.map { "\($0.name)/" } ?? "") + stem + "." + format }
    }

    /// Removes `file` (relative to `folder`, inside it) and then the folders it leaves empty, up to
    /// `folder`; true when there was a file to remove.
    private func remove(_ file: String, in folder: URL) -> Bool {
        let url = folder.appendingPathComponent(file).standardizedFileURL
        // Recorded paths are the build's own; one that leads out of the folder is not followed.
        guard url.path.hasPrefix(folder.path + "/"),
            (try? FileManager.default.removeItem(at: url)) != nil
        else { return false }
        var parent = url.deletingLastPathComponent()
        while parent.path.hasPrefix(folder.path + "/"),
            (try? FileManager.default.contentsOfDirectory(atPath: parent.path))?.isEmpty == true
        {
            try? FileManager.default.removeItem(at: parent)
            parent = parent.deletingLastPathComponent()
        }
        return true
    }

    /// Renders one job unless the previous build's record shows nothing changed.
    private func build(
        _ job: Job, plan: BuildManifest, folder: URL, outURL: URL, previous: BuildState.Job?,
        renderer: Renderer, fingerprints: Fingerprints
    ) -> Outcome {
        var outcome = Outcome()
        let specURL = folder.appendingPathComponent(job.chart)
        let outputs = outputs(of: job, plan: plan)
        let options = optionsText(plan, size: job.size)
        guard let spec = fingerprints.of(specURL.path, previous: previous?.spec) else {
            outcome.files.messages.append("\(job.chart): error: cannot read the spec file")
            outcome.files.failed = true
            return outcome
        }
        if let previous, previous.options == options, previous.spec.hash == spec.hash,
            previous.outputs == outputs,
            outputs.allSatisfy({
                FileManager.default.fileExists(atPath: outURL.appendingPathComponent($0).path)
            }),
            let inputs = unchanged(previous.inputs, folder: folder, fingerprints: fingerprints)
        {
            outcome.upToDate = true
            outcome.record = BuildState.Job(
                spec: spec, options: options, inputs: inputs, outputs: outputs, title: previous.title,
                altText: previous.altText)
            return outcome
        }
        let formats: [OutputFormat] = plan.formats.map { format in
            switch format {
            case "svg": return .svg
            case "pdf": return .pdf
            default:
                let dpi = job.size?.dpi
                return .png(scale: dpi.map { $0 / 96 } ?? plan.scale, dpi: dpi)
            }
        }
        let renderings = SpecFiles.render(
            specURL, label: job.chart, renderer: renderer, formats: formats,
            size: job.size.map { RenderSize(width: $0.width, height: $0.height) },
            targets: outputs.map { outURL.appendingPathComponent($0) }, strict: common.strict,
            into: &outcome.files)
        // Recorded only when every input could be fingerprinted and none came from a URL; paths
        // inside the manifest's folder relative to it, so that the folder may move.
        if let rendered = renderings?.first, rendered.inputURLs.isEmpty {
            var prints: [String: BuildState.Fingerprint] = [:]
            for path in rendered.inputFiles {
                prints[relative(path, to: folder.path) ?? path] = fingerprints.of(path)
            }
            if prints.count == rendered.inputFiles.count {
                outcome.record = BuildState.Job(
                    spec: spec, options: options, inputs: prints, outputs: outputs, title: rendered.title,
                    altText: rendered.altText)
            }
        }
        return outcome
    }

    /// The inputs' current fingerprints when every one still has its recorded content; else nil.
    private func unchanged(
        _ inputs: [String: BuildState.Fingerprint], folder: URL, fingerprints: Fingerprints
    ) -> [String: BuildState.Fingerprint]? {
        var current: [String: BuildState.Fingerprint] = [:]
        for (path, recorded) in inputs {
            let full = path.hasPrefix("/") ? path : folder.appendingPathComponent(path).path
            guard let now = fingerprints.of(full, previous: recorded), now.hash == recorded.hash else {
                return nil
            }
            current[relative(full, to: folder.path) ?? full] = now
        }
        return current
    }

    private func optionsText(_ plan: BuildManifest, size: BuildManifest.Size?) -> String {
        var text = "formats=\(plan.formats.joined(separator: ",")) scale=\(plan.scale)"
        if let size { text += " size=\(size.width)x\(size.height) dpi=\(size.dpi.map { "\($0)" } ?? "-")" }
        if common.offline { text += " offline" }
        return text
    }

    /// `path` relative to `base`, nil when it lies outside.
    private func relative(_ path: String, to base: String) -> String? {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }
}
