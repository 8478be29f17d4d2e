// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "docker-tutor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "docker-tutor", targets: ["docker-tutor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libedit, reached only through the shim's accessors.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The Engine API seam: the typed calls and values a docker client and a daemon exchange.
        .target(name: "DockerAPI"),
        // zlib, for gzip-compressed image archives and layers.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Tar, gzip, SHA-256 and the docker image archive layout, shared by daemon and client.
        .target(name: "Archive", dependencies: ["CZlib"]),
        // The Dockerfile frontend (BuildKit's grammar and lint), shared by the daemon's builder and `check`.
        .target(name: "BuildKit"),
        // The docker 28 client: grammar, parser, value syntaxes, rendering, check and explain.
        .target(name: "DockerCLI", dependencies: ["DockerAPI", "BuildKit", "Archive", .product(name: "Yams", package: "Yams")]),
        // The simulated daemon.
        .target(
            name: "DockerEngine",
            dependencies: ["DockerAPI", "BuildKit", "Archive"],
            exclude: ["Catalog/catalog.json"]
        ),
        // Lessons, goals, progress and lesson lint.
        .target(name: "Tutor", dependencies: ["DockerAPI", "DockerCLI", "DockerEngine", .product(name: "Yams", package: "Yams")]),
        // Replay against a real daemon through the user's own docker binary.
        .target(name: "RealDocker", dependencies: ["DockerAPI", "DockerCLI", "DockerEngine"]),
        // The REPL and the sandbox host shell.
        .target(name: "Terminal", dependencies: ["CEditLine", "DockerAPI", "DockerCLI", "DockerEngine", "Tutor", "RealDocker"]),
        .executableTarget(
            name: "docker-tutor",
            dependencies: [
                "DockerAPI", "DockerCLI", "DockerEngine", "Tutor", "RealDocker", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DockerAPITests", dependencies: ["DockerAPI"]),
        .testTarget(name: "BuildKitTests", dependencies: ["BuildKit"], exclude: ["Corpus"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive"], exclude: ["Fixtures"]),
        .testTarget(name: "DockerCLITests", dependencies: ["DockerCLI", "DockerAPI"], exclude: ["Golden", "Corpus", "ComposeFixtures"]),
        .testTarget(
            name: "ClientTests",
            dependencies: ["DockerCLI", "DockerEngine", "DockerAPI"],
            exclude: ["Transcripts"]
        ),
        .testTarget(name: "DockerEngineTests", dependencies: ["DockerEngine", "DockerAPI"], exclude: ["Golden"]),
        .testTarget(name: "TutorTests", dependencies: ["Tutor", "DockerCLI", "DockerEngine"]),
        .testTarget(name: "RealDockerTests", dependencies: ["RealDocker"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        .testTarget(name: "EndToEndTests", dependencies: ["docker-tutor"]),
    ]
)
