#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file into bytes with `open`, `fstat` and `read`.
///
/// `FileManager.contents(atPath:)` gives `Data`, which then has to be copied into `[UInt8]`, and
/// asking `FileManager` for the size first looks up the file's owner (calls to the name service):
/// together about a millisecond for a 1 MB geometry file, read in every render.
enum FileBytes {
    enum Failure: Error, Equatable {
        /// The file could not be opened or read.
        case unreadable
        /// The file holds more than the limit allows; its size.
        case tooLarge(Int)
    }

    /// The bytes of the file at `path`, refusing files larger than `maxBytes` before reading them.
    static func contents(of path: String, maxBytes: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        let size = Int(status.st_size)
        guard size <= maxBytes else { return .failure(.tooLarge(size)) }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }  // an empty file
            while count < size {
                let got = read(descriptor, base + count, size - count)
                if got > 0 {
                    count += got
                } else if got < 0 && errno == EINTR {
                    continue
                } else {
                    // End of file before the size fstat gave (the file shrank), or an error.
                    failed = got < 0
                    break
                }
            }
        }
        return failed ? .failure(.unreadable) : .success(bytes)
    }
}
