/// How `tradecheck serve` listens and what it accepts.
public struct WebConfiguration: Sendable {
    /// The address to bind: loopback unless told otherwise.
    public var host: String
    public var port: Int
    /// The largest request body accepted (an article pasted or uploaded); larger ones get 413.
    public var maxBodyBytes: Int
    /// The year articles without a date are read against (as its last day); `nil` means today.
    public var referenceYear: Int?
    /// How many encoded API answers to keep (by URI, until the next import); 0 turns the cache off.
    public var responseCacheSize: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 256 * 1024, referenceYear: Int? = nil,
        responseCacheSize: Int = 4096
    ) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.referenceYear = referenceYear
        self.responseCacheSize = responseCacheSize
    }
}
