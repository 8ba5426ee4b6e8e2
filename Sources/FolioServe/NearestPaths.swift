/// The existing page paths closest to a path that does not exist (edit distance over UTF-8 bytes),
/// for the 404 page's "did you mean" list.
enum NearestPaths {
    static func of(_ missing: String, among paths: [String], count: Int = 5) -> [String] {
        let target = Array(missing.utf8)
        var scored: [(distance: Int, path: String)] = []
        scored.reserveCapacity(paths.count)
        var previous: [Int] = []
        var row: [Int] = []
        for path in paths {
            let candidate = Array(path.utf8)
            previous = Array(0...candidate.count)
            row = previous
            for (i, a) in target.enumerated() {
                row[0] = i + 1
                for (j, b) in candidate.enumerated() {
                    row[j + 1] = min(previous[j + 1] + 1, row[j] + 1, previous[j] + (a == b ? 0 : 1))
                }
                swap(&previous, &row)
            }
            scored.append((previous[candidate.count], path))
        }
        return scored.sorted { ($0.distance, $0.path) < ($1.distance, $1.path) }.prefix(count).map(\.path)
    }
}
