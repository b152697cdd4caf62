// Host app of the filter extension: explains how to turn the filter on, and has a screen to
// test a message by hand.
import SwiftUI

@main
struct SmishGuardDemoApp: App {
    var body: some Scene {
        WindowGroup {
            NavigationStack {
                TestMessageView()
            }
        }
    }
}
