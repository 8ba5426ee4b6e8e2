import Foundation

/// What the process may do to its terminal: colour and progress only when a person watches.
enum Terminal {
    /// True when the descriptor is a terminal and NO_COLOR (https://no-color.org) is unset or empty.
    static func colour(fileDescriptor: Int32) -> Bool {
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColour && isatty(fileDescriptor) == 1
    }

    /// True when progress may be shown on standard error: a terminal, and not a CI job (CI set).
    static var showsProgress: Bool {
        isatty(2) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }
}
