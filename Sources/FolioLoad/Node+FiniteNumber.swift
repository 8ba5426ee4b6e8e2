import Yams

extension Node {
    /// The scalar as a finite number; nil for text, and for what YAML reads as infinite or not a
    /// number (`.inf`, `.nan`, `1e999`), which no figure can be and no page could format.
    var finiteNumber: Double? {
        float.flatMap { $0.isFinite ? $0 : nil }
    }
}
