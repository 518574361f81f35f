import Foundation
import KresbaCairo
import KresbaScene
import Testing

/// Collects results from several threads.
private final class Results: @unchecked Sendable {
    // @unchecked: every access goes through the lock.
    private let lock = NSLock()
    private var values: [Int: [UInt8]] = [:]
    private var errors: [String] = []

    func store(_ index: Int, _ bytes: [UInt8]) { lock.withLock { values[index] = bytes } }
    func fail(_ message: String) { lock.withLock { errors.append(message) } }
    var snapshot: (values: [Int: [UInt8]], errors: [String]) { lock.withLock { (values, errors) } }
}

@Suite struct ConcurrencyTests {
    /// 16 renders of a text-heavy scene on 4 threads at once, in all three formats, each equal
    /// byte for byte to a render made alone. Each render has its own font map, Pango context and
    /// surface; only the FontLibrary's FcConfig is shared.
    @Test func concurrentRendersEqualSerialRenders() throws {
        let backend = try Fixtures.backend
        let scene = Scenes.textHeavy()
        let render: @Sendable (Int) throws -> [UInt8] = { index in
            switch index % 3 {
            case 0: return try backend.png(scene, scale: 2)
            case 1: return try backend.svg(scene)
            default: return try backend.pdf(scene)
            }
        }
        let serial = try (0..<3).map(render)

        let results = Results()
        let threadCount = 4, rendersPerThread = 4
        let start = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for thread in 0..<threadCount {
            done.enter()
            let worker = Thread {
                start.wait()  // all threads begin together, to overlap as much as possible
                for step in 0..<rendersPerThread {
                    let index = thread * rendersPerThread + step
                    do { results.store(index, try render(index)) } catch {
                        results.fail("render \(index): \(error)")
                    }
                }
                done.leave()
            }
            worker.start()
        }
        for _ in 0..<threadCount { start.signal() }
        #expect(done.wait(timeout: .now() + 120) == .success, "renders did not finish")

        let (values, errors) = results.snapshot
        #expect(errors.isEmpty, "\(errors)")
        #expect(values.count == threadCount * rendersPerThread)
        for (index, bytes) in values.sorted(by: { $0.key < $1.key }) {
            #expect(
                bytes == serial[index % 3],
                "render \(index) (format \(index % 3)) differs from the serial render")
        }
    }

    @Test func measurersOnSeveralThreadsAgree() throws {
        let library = try Fixtures.library
        let font = Font(family: "Noto Serif", size: 15, weight: .bold, italic: true)
        let expected = try PangoTextMeasurer(fonts: library).measure("Hrádek nad Nisou", font: font)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            do {
                let measurer = try PangoTextMeasurer(fonts: library)
                for _ in 0..<50 {
                    let metrics = try measurer.measure("Hrádek nad Nisou", font: font)
                    if metrics != expected { results.fail("thread \(index): \(metrics)") }
                }
            } catch {
                results.fail("thread \(index): \(error)")
            }
        }
        #expect(results.snapshot.errors.isEmpty, "\(results.snapshot.errors)")
    }
}
