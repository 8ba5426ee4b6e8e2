/// A small deterministic generator (SplitMix64) for tests that try many generated inputs: the
/// same seed gives the same inputs on every run and machine.
public struct SeededRandom {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A number in `range`.
    public mutating func next(_ range: ClosedRange<Int>) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return range.lowerBound + Int(z % UInt64(range.count))
    }

    /// `count` pieces picked at random, joined.
    public mutating func text(from pieces: [String], count: Int) -> String {
        (0..<count).map { _ in pieces[next(0...(pieces.count - 1))] }.joined()
    }
}
