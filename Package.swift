// swift-tools-version:6.0
// Folio: a static site generator for a multilingual, cross-linked white paper.
// The pipeline reads top to bottom: Load → Resolve → Render → Write; only FolioCLI knows them all.
import PackageDescription

let package = Package(
    name: "Folio",
    products: [
        .executable(name: "folio", targets: ["folio"]),
        // `folio serve` runs this program from the folder `folio` is in; only it links SwiftNIO, so
        // `swift build --product folio` (and `make site`) never compiles the HTTP stack.
        .executable(name: "folio-serve", targets: ["folio-serve"]),
        // The stages and the test support as a library, for the fuzz targets (Fuzz/, a package of
        // its own so that building and testing this one never sees the fuzzer's flags).
        .library(name: "FolioStages", targets: ["FolioModel", "FolioMarkdown", "FolioLoad", "FolioRender", "FolioTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // HTTP for `folio serve` only (NIOHTTP1's parser; no hand-written one). Hummingbird would add
        // a router, service lifecycle, metrics and tracing the preview server does not need.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        // The system cmark library (Debian's libcmark-dev), seen through a one-line shim header.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // LZ4 (Debian's liblz4-dev): large sites hold their compiled bodies compressed between the
        // load and render stages (see CompiledHTML).
        .systemLibrary(
            name: "CLZ4",
            pkgConfig: "liblz4",
            providers: [.apt(["liblz4-dev"])]
        ),
        // renameat2(RENAME_EXCHANGE), for swapping the staged site into place atomically.
        .systemLibrary(name: "CFolioSystem"),

        // Content types, ids, diagnostics. No dependencies.
        .target(name: "FolioModel"),
        // Every cmark call lives here: parse, outline, AST passes, HTML.
        .target(name: "FolioMarkdown", dependencies: ["CCmark", "CLZ4", "FolioModel"]),
        // Stage 1: files, front matter (Yams), typed records, Markdown outlines.
        .target(name: "FolioLoad", dependencies: [
            "FolioModel", "FolioMarkdown", .product(name: "Yams", package: "Yams"),
        ]),
        // Stage 2: ids, numbering, translations, cross-references, backlinks. Pure.
        .target(name: "FolioResolve", dependencies: ["FolioModel"]),
        // Stage 3: Markdown to HTML and Mustache templates to pages. Folio compiles and renders
        // Mustache itself (Template.swift): swift-mustache cost more per page than cmark's parse
        // and render together (BENCHMARKS.md), and the template layer is the build's budget.
        .target(name: "FolioRender", dependencies: ["FolioModel", "FolioMarkdown", "FolioResolve"]),
        // Stage 4: a staging directory swapped into place.
        .target(name: "FolioWrite", dependencies: ["FolioModel", "CFolioSystem"]),
        // Beside the stages: the search index, made by Pagefind (an external program) over the
        // staged site before it is swapped in.
        .target(name: "FolioSearch"),
        // Beside the stages too: `folio pdf` prints the print editions to PDF with headless
        // Chromium (an external program), in the staging folder; `folio build` never runs it.
        .target(name: "FolioPDF"),
        // The commands, as a testable library.
        .target(name: "FolioCLI", dependencies: [
            "FolioModel", "FolioLoad", "FolioResolve", "FolioRender", "FolioWrite", "FolioSearch", "FolioPDF",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // mimalloc (Debian's libmimalloc-dev) replaces glibc's malloc in the executable: a build
        // makes millions of small allocations, and on the benchmark corpus it is 10-15 % faster.
        .executableTarget(name: "folio", dependencies: ["FolioCLI"], linkerSettings: [.linkedLibrary("mimalloc")]),
        // The live preview: in-memory builds, a file watcher, an HTTP server (SwiftNIO), live reload.
        .target(name: "FolioServe", dependencies: [
            "FolioCLI", "FolioModel", "FolioMarkdown", "FolioLoad", "FolioResolve", "FolioRender",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .executableTarget(name: "folio-serve", dependencies: ["FolioServe"], linkerSettings: [.linkedLibrary("mimalloc")]),

        // Fixture sites and golden files, found from this file's path (never from the working directory).
        .target(name: "FolioTestSupport", dependencies: ["FolioModel", .product(name: "Yams", package: "Yams")],
                path: "Tests/FolioTestSupport"),
        .testTarget(name: "FolioModelTests", dependencies: ["FolioModel"]),
        .testTarget(name: "FolioMarkdownTests", dependencies: ["FolioMarkdown", "FolioTestSupport"]),
        .testTarget(name: "FolioLoadTests", dependencies: ["FolioLoad", "FolioTestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "FolioResolveTests", dependencies: ["FolioLoad", "FolioResolve", "FolioTestSupport"]),
        .testTarget(name: "FolioRenderTests", dependencies: ["FolioLoad", "FolioResolve", "FolioRender", "FolioTestSupport"]),
        .testTarget(name: "FolioWriteTests", dependencies: ["FolioWrite", "FolioTestSupport"]),
        .testTarget(name: "FolioCLITests", dependencies: ["FolioCLI", "FolioTestSupport"]),
        .testTarget(name: "FolioServeTests", dependencies: ["FolioServe", "FolioCLI", "FolioTestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
