// Readable text of the library's errors, for screens and logs (hand-written).
import Foundation

extension SmishGuardError {
    /// The library's own text: `rule pack is malformed at line 1, column 13: …`. (The generated
    /// `localizedDescription` prints the enum case instead, e.g. `InvalidRulePack(message: …)`.)
    public var message: String {
        switch self {
        case let .InvalidRulePack(message), let .InvalidSignature(message),
             let .InvalidUserList(message), let .Internal(message):
            return message
        }
    }
}

/// The text to show for any error: a `SmishGuardError`'s own message, else the system's.
public func readableMessage(of error: Error) -> String {
    (error as? SmishGuardError)?.message ?? error.localizedDescription
}
