// swift-tools-version:5.9
// The SmishGuard Swift package: the UniFFI-generated Swift API over the Rust library, shipped
// as an XCFramework (binaryTarget). Build the XCFramework and copy the generated Swift first:
//
//     bash ios-demo/scripts/build-xcframework.sh     # on macOS, from the repository root
//
// which writes SmishGuardFFI.xcframework here and Sources/SmishGuard/SmishGuard.swift. The
// other sources of the target are hand-written: the apps' failure policy (FailurePolicy.swift)
// and readable error messages (ErrorMessage.swift).
// Then `swift test` in this directory runs Tests/SmishGuardTests (macOS slice).
import PackageDescription

let package = Package(
    name: "SmishGuard",
    platforms: [.iOS(.v15), .macOS(.v12)],
    products: [
        .library(name: "SmishGuard", targets: ["SmishGuard"]),
    ],
    targets: [
        .binaryTarget(name: "SmishGuardFFI", path: "SmishGuardFFI.xcframework"),
        .target(
            name: "SmishGuard",
            dependencies: ["SmishGuardFFI"],
            path: "Sources/SmishGuard",
            exclude: ["README.md"]
        ),
        .testTarget(
            name: "SmishGuardTests",
            dependencies: ["SmishGuard"],
            path: "Tests/SmishGuardTests"
        ),
    ]
)
