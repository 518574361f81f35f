import ArgumentParser

/// The `kresba` command.
@main
struct KresbaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kresba",
        abstract: "Render declarative chart specs (YAML or JSON) to PNG, SVG and PDF.",
        discussion: """
            Specs name their data relative to their own folder. Fonts come only from the bundled \
            Fonts/ folder (or --fonts), so output is identical on every machine.

            Examples:
              kresba render Gallery/bar/*.yaml --out out --format png,svg,pdf --scale 2
              kresba build build.yaml
              kresba validate charts/*.yaml
            """,
        version: "0.1.0",
        subcommands: [Render.self, Build.self, Validate.self, DataCommand.self]
    )
}
