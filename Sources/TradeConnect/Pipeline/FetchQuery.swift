import Foundation
import TradeImport
import TradeStore

/// One request to a source and how its answer is stored: the unit that is cached, imported in
/// one transaction and recorded in the import log (under ``cacheName``).
public struct FetchQuery: Sendable {
    /// What a response holds, as the source's interpreter judges it.
    public enum Verdict: Sendable, Equatable {
        case data
        case empty
    }

    /// The source's short name (`census`, `comtrade`, `baci`, `comext`), also the cache folder.
    public var source: String
    /// The query in words for messages and the progress bar, e.g. "exports HS4 RUS 2021".
    public var label: String
    /// The URL without any key.
    public var url: String
    /// Query parameters added only when sending (keys), never cached or shown.
    public var secretParameters: [(String, String)]
    /// Headers added when sending (e.g. Comtrade's subscription key).
    public var headers: [(String, String)]
    /// The file name of the cached response; it names the query in the import log.
    public var cacheName: String
    public var format: ImportFormat
    /// The release the rows are filed under; its vintage is set to the fetch date.
    public var dataset: DatasetDescriptor
    /// The time allowed for the whole transfer, when longer than the policy's timeout (bulk files).
    public var deadline: Duration?
    /// `true` when the rows' vintage is the fetch date; `false` keeps ``dataset``'s (a dated release).
    public var vintageIsFetchDate = true
    /// Turns the cached response into the files to import (e.g. unpacks an archive); `nil`
    /// imports the response itself.
    public var unpack: (@Sendable (String) throws -> [String])?
    /// Judges a response: data, empty, or an error (bad key, changed format, HTTP error).
    public var interpret: @Sendable (HTTPFetcher.Response) throws -> Verdict

    public init(
        source: String, label: String, url: String, secretParameters: [(String, String)] = [],
        headers: [(String, String)] = [], cacheName: String, format: ImportFormat, dataset: DatasetDescriptor,
        interpret: @escaping @Sendable (HTTPFetcher.Response) throws -> Verdict
    ) {
        self.source = source
        self.label = label
        self.url = url
        self.secretParameters = secretParameters
        self.headers = headers
        self.cacheName = cacheName
        self.format = format
        self.dataset = dataset
        self.interpret = interpret
    }

    /// The URL as sent, with the secret parameters.
    var requestURL: String {
        guard !secretParameters.isEmpty else { return url }
        let extra = secretParameters.map { "\($0.0)=\(percentEncoded($0.1))" }.joined(separator: "&")
        return url + (url.contains("?") ? "&" : "?") + extra
    }
}

/// Percent-encodes a query parameter value.
func percentEncoded(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
}
