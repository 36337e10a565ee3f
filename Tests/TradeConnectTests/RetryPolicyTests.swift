import Foundation
import Testing
import TradeConnect

@Suite struct RetryPolicyTests {
    @Test func backoffDoublesAndIsCapped() {
        let policy = RetryPolicy(attempts: 5, initialBackoff: .seconds(1), maximumWait: .seconds(3))
        #expect(policy.wait(beforeRetry: 1, retryAfter: nil) == .seconds(1))
        #expect(policy.wait(beforeRetry: 2, retryAfter: nil) == .seconds(2))
        #expect(policy.wait(beforeRetry: 3, retryAfter: nil) == .seconds(3))
        #expect(policy.wait(beforeRetry: 1, retryAfter: .seconds(2)) == .seconds(2))
        #expect(policy.wait(beforeRetry: 1, retryAfter: .seconds(60)) == .seconds(3))
    }

    @Test(arguments: [("7", 7_000), (" 0 ", 0), ("Wed, 21 Oct 2015 07:28:10 GMT", 10_000)])
    func retryAfterIsReadAsSecondsOrAnHTTPDate(header: String, milliseconds: Int) {
        let now = Date(timeIntervalSince1970: 1_445_412_480)  // 2015-10-21 07:28:00 GMT
        #expect(RetryPolicy.retryAfter(header, now: now) == .milliseconds(milliseconds))
    }

    @Test func garbageRetryAfterIsIgnored() {
        #expect(RetryPolicy.retryAfter("soon") == nil)
        #expect(RetryPolicy.retryAfter(nil) == nil)
    }
}
