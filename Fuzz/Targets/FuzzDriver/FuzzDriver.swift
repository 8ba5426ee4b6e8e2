import CLibFuzzer
import Glibc

/// Runs libFuzzer with the program's arguments on `testOneInput`, and exits with its status.
///
/// SwiftPM gives every executable a `main` of its own (it renames the module's entry point and
/// defines `main` as that name), so libFuzzer's `main` is never linked; each target's
/// `main.swift` hands its test function to libFuzzer's driver instead.
public func runFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
}

/// Stops the run, with the message, when a property of the input's processing does not hold
/// (`precondition` drops its message in optimised builds).
public func require(_ condition: Bool, _ message: @autoclosure () -> String = "") {
    if !condition { fatalError(message()) }
}

/// The lines of a text as its most generous reader counts them: YAML (libyaml) ends a line at
/// LF, CR LF, a lone CR, NEL, LS and PS; cmark at LF, CR LF and a lone CR.
public func lineCount(_ text: String) -> Int {
    var lines = 1
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": if previous != "\r" { lines += 1 }
        case "\r", "\u{85}", "\u{2028}", "\u{2029}": lines += 1
        default: break
        }
        previous = scalar
    }
    return lines
}
