import Foundation
import TradeImport
import TradeModel
import TradeStore

/// CEPII BACI bulk files: a release archive (`BACI_HS92_V202501.zip`, unpacked with
/// `/usr/bin/unzip`) or a plain CSV (`t,i,j,k,v,q`), downloaded into the cache by streaming and
/// then streamed through the BACI importer, so no file is ever held in memory.
public struct BACIConnector: Sendable {
    public static let defaultBaseURL = "https://www.cepii.fr/DATA_DOWNLOAD/baci/data"
    public static let baseURLVariable = "TRADECHECK_BACI_URL"
    public static let unzip = "/usr/bin/unzip"

    public var baseURL: String

    public init(baseURL: String = defaultBaseURL) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }

    /// The query for a release (`V202501`) of a nomenclature (`HS92`): `BASE/BACI_HS92_V202501.zip`.
    public func query(release: String, nomenclature: String = "HS92") throws -> FetchQuery {
        guard release.range(of: #"^V\d{6}$"#, options: .regularExpression) != nil else {
            throw ConnectError.invalidRequest("--release must look like V202501 (got \(release)).")
        }
        return try query(url: "\(baseURL)/BACI_\(nomenclature.uppercased())_\(release).zip")
    }

    /// The query for a file by URL (a `.zip` release or a plain `.csv`).
    public func query(url: String) throws -> FetchQuery {
        let fileName = (url.split(separator: "?").first.map(String.init) ?? url).split(separator: "/").last.map(
            String.init)
        guard let fileName, !fileName.isEmpty else {
            throw ConnectError.invalidRequest("The BACI URL must end in a file name (got \(url)).")
        }
        let archive = fileName.lowercased().hasSuffix(".zip")
        let label = fileName
        var query = FetchQuery(
            source: "baci", label: label, url: url, cacheName: fileName, format: .baci,
            dataset: TradeImporter.defaultDataset(for: .baci, fileName: fileName),
            interpret: { response in try Self.interpret(response, label: label) })
        // Release archives run to gigabytes: allow an hour in all (stalls still time out).
        query.deadline = .seconds(3600)
        query.vintageIsFetchDate = fileName.range(of: #"V\d{6}"#, options: .regularExpression) == nil
        if archive { query.unpack = { path in try Self.unpack(path) } }
        return query
    }

    /// Accepts a zip archive (`PK` magic) or CSV whose header is BACI's.
    static func interpret(_ response: HTTPFetcher.Response, label: String) throws -> FetchQuery.Verdict {
        guard response.status == 200 else {
            throw ConnectError.httpStatus(
                source: "CEPII BACI", status: response.status, query: label,
                message: response.status == 404 ? "no such release; check --release and --nomenclature" : "")
        }
        if response.bytes == 0 { return .empty }
        let head = response.text(limit: 64)
        if head.hasPrefix("PK") { return .data }
        let header = head.split(whereSeparator: \.isNewline).first.map {
            $0.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: " ", with: "")
        }
        guard let header, header.hasPrefix("t,i,j,k,v") else {
            throw ConnectError.changedFormat(
                source: "CEPII BACI", query: label, reason: "neither a zip archive nor a CSV starting t,i,j,k,v,q")
        }
        return head.split(whereSeparator: \.isNewline).count > 1 || response.bytes > 64 ? .data : .empty
    }

    /// Unpacks an archive next to it and returns its trade files (`BACI_*_Y*.csv`), by year.
    static func unpack(_ path: String) throws -> [String] {
        guard FileManager.default.isExecutableFile(atPath: unzip) else {
            throw ConnectError.unpackFailed(file: path, reason: "\(unzip) is not installed")
        }
        let folder = path + ".d"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: unzip)
        process.arguments = ["-o", "-q", path, "-d", folder]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ConnectError.unpackFailed(file: path, reason: "unzip exited with status \(process.terminationStatus)")
        }
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { ($0 as NSString).lastPathComponent.hasPrefix("BACI_") && $0.hasSuffix(".csv") }
            .sorted()
        guard !files.isEmpty else {
            throw ConnectError.unpackFailed(file: path, reason: "the archive holds no BACI_*.csv file")
        }
        return files.map { (folder as NSString).appendingPathComponent($0) }
    }
}
