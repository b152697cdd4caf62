// Android demo of smishguard: a paste-and-test screen and an incoming-SMS warning, using the
// UniFFI Kotlin bindings (android variant) and the Rust library built by cargo-ndk.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
    }
}
rootProject.name = "smishguard-demo"
include(":app")
