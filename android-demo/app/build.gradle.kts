// The app module. Two tasks bring in the Rust side before each build:
//  * cargoNdk: `cargo ndk` builds libsmishguard_ffi.so for the ABIs below into jniLibs
//    (needs the Android NDK and cargo-ndk; CI pins NDK r27c and cargo-ndk 4.1.2). The 16 KB
//    page alignment of the .so comes from the repository's .cargo/config.toml
//    (-z max-page-size=16384 for every Android target), whatever the NDK or cargo-ndk version;
//    .github/workflows/android.yml checks it in the APK, JNA's libjnidispatch.so included;
//  * uniffiBindings: generates the Kotlin bindings (android = true, from bindings/uniffi.toml)
//    from a host build of the library into build/generated/uniffi.
// Unit tests (src/test) run on the JVM against the host library: run bindings/tests/run.sh
// once, or set -Djna.library.path to a directory holding libsmishguard_ffi.so.
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val repoRoot = rootProject.projectDir.parentFile
val jniLibsDir = layout.projectDirectory.dir("src/main/jniLibs")
val uniffiOut = layout.buildDirectory.dir("generated/uniffi")

android {
    namespace = "jp.smishguard.demo"
    compileSdk = 35
    defaultConfig {
        applicationId = "jp.smishguard.demo"
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        ndk { abiFilters += listOf("arm64-v8a", "x86_64") }
    }
    sourceSets["main"].java.srcDir(uniffiOut)
    sourceSets["main"].jniLibs.srcDir(jniLibsDir)
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    kotlinOptions { jvmTarget = "17" }
    testOptions {
        unitTests.all {
            it.systemProperty("jna.library.path", File(repoRoot, "target/debug").absolutePath)
        }
    }
}

val cargoNdk by tasks.registering(Exec::class) {
    description = "Builds libsmishguard_ffi.so for Android with cargo-ndk."
    workingDir = repoRoot
    commandLine(
        "cargo", "ndk", "-t", "arm64-v8a", "-t", "x86_64", "-o", jniLibsDir.asFile.absolutePath,
        "build", "--release", "-p", "smishguard-ffi",
    )
}

val uniffiBindings by tasks.registering(Exec::class) {
    description = "Generates the Kotlin bindings (android variant) from a host build."
    workingDir = repoRoot
    val hostLib = if (System.getProperty("os.name").startsWith("Mac")) "dylib" else "so"
    commandLine(
        "sh", "-c",
        "cargo build -p smishguard-ffi && cargo uniffi-bindgen generate --no-format " +
            "--library target/debug/libsmishguard_ffi.$hostLib --language kotlin " +
            "--out-dir ${uniffiOut.get().asFile.absolutePath}",
    )
}

// RulesLoaderTest signs a copy of the embedded rule pack: `smishguard rules dump` writes it
// onto the unit tests' classpath (bindings/tests/run.sh does the same for kotlinc).
val testResources = layout.buildDirectory.dir("generated/testResources")
android.sourceSets["test"].resources.srcDir(testResources)
val defaultPack by tasks.registering(Exec::class) {
    description = "Writes the embedded rule pack as a unit-test resource."
    workingDir = repoRoot
    val out = testResources.get().file("default-pack.json").asFile
    doFirst { out.parentFile.mkdirs() }
    commandLine("sh", "-c", "cargo run -q -p smishguard-cli -- rules dump > '${out.absolutePath}'")
}

tasks.named("preBuild") { dependsOn(cargoNdk, uniffiBindings, defaultPack) }

dependencies {
    // JNA 5.17+: its libjnidispatch.so is aligned for 16 KB pages (older ones crash there).
    implementation("net.java.dev.jna:jna:5.17.0@aar")
    implementation("androidx.core:core-ktx:1.13.1")
    implementation("androidx.annotation:annotation:1.8.2")
    testImplementation("junit:junit:4.13.2")
    testImplementation("net.java.dev.jna:jna:5.17.0")
}
