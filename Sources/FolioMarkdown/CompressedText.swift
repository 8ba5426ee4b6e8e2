import CLZ4

/// UTF-8 text held LZ4-compressed: how a large site keeps its compiled bodies between the load
/// and render stages (HTML shrinks to about half, and LZ4 decompresses at gigabytes a second).
struct CompressedText: Sendable {
    private let compressed: [UInt8]
    private let count: Int

    init(utf8: [UInt8]) {
        let (bytes, count) = utf8.withUnsafeBufferPointer { source -> ([UInt8], Int) in
            let bound = Int(LZ4_compressBound(Int32(source.count)))
            var compressed = [UInt8](repeating: 0, count: bound)
            let written = compressed.withUnsafeMutableBytes { target in
                source.withMemoryRebound(to: CChar.self) { input in
                    LZ4_compress_default(input.baseAddress, target.baseAddress!.assumingMemoryBound(to: CChar.self),
                                         Int32(source.count), Int32(bound))
                }
            }
            // An exact copy: shrinking in place would keep the array's capacity.
            return (Array(compressed[..<Int(written)]), source.count)
        }
        self.compressed = bytes
        self.count = count
    }

    var bytes: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { target, initialized in
            compressed.withUnsafeBytes { source in
                initialized = Int(LZ4_decompress_safe(source.baseAddress!.assumingMemoryBound(to: CChar.self),
                                                      UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self),
                                                      Int32(source.count), Int32(count)))
            }
        }
    }
}
