import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A loopback HTTP server (Hummingbird, 127.0.0.1, a free port) that answers like a real API,
/// from a handler the test gives, and remembers every request it saw.
final class ReplayServer: Sendable {
    /// A request as the handler sees it.
    struct Seen: Sendable {
        var path: String
        var query: [String: String]
        /// Header values by lower-case name.
        var headers: [String: String]
    }

    /// What the server answers.
    struct Reply: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: [UInt8]

        init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8]) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        init(status: Int = 200, headers: [(String, String)] = [], text: String) {
            self.init(status: status, headers: headers, body: Array(text.utf8))
        }

        /// A fixture file's bytes.
        static func fixture(_ name: String, status: Int = 200, contentType: String = "application/json") -> Reply {
            Reply(status: status, headers: [("Content-Type", contentType)], body: Array(Fixtures.data(name)))
        }
    }

    let baseURL: String
    private let task: Task<Void, any Error>
    private let log: RequestLog

    private init(baseURL: String, task: Task<Void, any Error>, log: RequestLog) {
        self.baseURL = baseURL
        self.task = task
        self.log = log
    }

    /// The requests seen so far, oldest first.
    var requests: [Seen] { get async { await log.all } }

    /// Starts a server; `handler` gets each request and the number of earlier requests to the same path.
    static func start(_ handler: @escaping @Sendable (Seen, Int) async -> Reply) async throws -> ReplayServer {
        let log = RequestLog()
        let router = Router()
        router.get("**") { request, _ -> Response in
            let components = URLComponents(string: request.uri.description)
            var query: [String: String] = [:]
            for item in components?.queryItems ?? [] { query[item.name] = item.value ?? "" }
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            let seen = Seen(path: request.uri.path, query: query, headers: headers)
            let earlier = await log.record(seen)
            let reply = await handler(seen, earlier)
            var fields = HTTPFields()
            for (name, value) in reply.headers {
                if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
            }
            return Response(
                status: HTTPResponse.Status(code: reply.status), headers: fields,
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "replay")
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }, logger: logger)
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        var port = 0
        for await value in ports { port = value }
        return ReplayServer(baseURL: "http://127.0.0.1:\(port)", task: task, log: log)
    }

    /// Stops the server.
    func stop() async {
        task.cancel()
        _ = await task.result
    }
}

/// The requests a replay server saw.
actor RequestLog {
    private(set) var all: [ReplayServer.Seen] = []

    /// Records a request; returns how many earlier requests had the same path.
    func record(_ seen: ReplayServer.Seen) -> Int {
        defer { all.append(seen) }
        return all.filter { $0.path == seen.path }.count
    }
}

/// The test fixtures in `Fixtures/`.
enum Fixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    }

    static func data(_ name: String) -> Data {
        try! Data(contentsOf: url(name))
    }
}

/// Runs `body` with a replay server, stopping it afterwards.
func withReplayServer<T>(
    _ handler: @escaping @Sendable (ReplayServer.Seen, Int) async -> ReplayServer.Reply,
    _ body: (ReplayServer) async throws -> T
) async throws -> T {
    let server = try await ReplayServer.start(handler)
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
