// swift-tools-version:6.0
// libFuzzer targets for Folio's input parsers, in a package of their own so that the main package's
// `swift build` and `swift test` never see the fuzzer's flags. Build and run them with `Fuzz/run`.
//
// Each target's main.swift hands its test function to libFuzzer's driver (FuzzDriver), so it only
// links with `-sanitize=fuzzer`; the targets reach Folio's internal types with `@testable import`,
// so the stages are compiled with `-enable-testing` (both flags are given by `Fuzz/run`).
import PackageDescription

let stages: [Target.Dependency] = [.product(name: "FolioStages", package: "Folio"), "FuzzDriver"]
let yams: Target.Dependency = .product(name: "Yams", package: "Yams")

func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(name: name, dependencies: dependencies, path: "Targets/\(name)")
}

let package = Package(
    name: "FolioFuzz",
    dependencies: [
        .package(name: "Folio", path: ".."),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        // libFuzzer's LLVMFuzzerRunDriver, declared for Swift, and the one function that calls it.
        .systemLibrary(name: "CLibFuzzer", path: "Targets/CLibFuzzer"),
        .target(name: "FuzzDriver", dependencies: ["CLibFuzzer"], path: "Targets/FuzzDriver"),
        // The front-matter splitter, and the YAML it finds read as a page's fields.
        fuzzTarget("FuzzFrontMatter", stages + [yams]),
        // SimpleYAML against Yams: whatever SimpleYAML reads, Yams reads to the same tree.
        fuzzTarget("FuzzSimpleYAML", stages + [yams]),
        // A Markdown body with cross-references, footnotes and table blocks, compiled and rendered.
        fuzzTarget("FuzzMarkdown", stages),
        // A theme's Mustache templates, compiled (partials, cycles) and rendered.
        fuzzTarget("FuzzTemplates", stages),
    ],
    swiftLanguageModes: [.v5]
)
