// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "thresholds",
  products: [
    .library(name: "ThresholdCore", targets: ["ThresholdCore"]),
    .executable(name: "thresholds", targets: ["thresholds"]),
  ],
  targets: [
    // The product: model, rule data, engine, JSON. Standard library only.
    .target(name: "ThresholdCore"),
    // The command line: grammar, parser, help, commands and I/O.
    .target(name: "ThresholdCommandLine", dependencies: ["ThresholdCore"]),
    // A thin executable over ThresholdCommandLine.
    .executableTarget(name: "thresholds", dependencies: ["ThresholdCommandLine"]),
    .testTarget(name: "ThresholdCoreTests", dependencies: ["ThresholdCore"]),
    .testTarget(
      name: "ThresholdCommandLineTests",
      dependencies: ["ThresholdCommandLine", "ThresholdCore", "thresholds"],
      exclude: ["Golden"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
