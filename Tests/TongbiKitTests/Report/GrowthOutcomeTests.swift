import Foundation
import Testing

@testable import TongbiKit

/// One decision of what a growth says, for clauses (exact decimals) and tables (doubles) alike.
@Suite("Growth outcome: rate, 持平, 新增 and the loss comparisons")
struct GrowthOutcomeTests {
  // Levels by hand: −10 against 50 turned a profit into a loss; 10 against −50 the reverse; −30 against
  // −50 is a smaller loss, −80 against −50 a larger one; 0 against 0 is 持平; 5 against 0 is new.
  @Test("the same outcome from decimal and from double levels")
  func outcomes() {
    let cases: [(GrowthValue, Double, Double, GrowthOutcome)] = [
      (.value(-120), -10, 50, .profitToLoss), (.undefined(.negativeBase), 10, -50, .lossToProfit),
      (.undefined(.negativeBase), -30, -50, .lossNarrowed),
      (.undefined(.negativeBase), -80, -50, .lossWidened),
      (.undefined(.negativeBase), -50, -50, .lossUnchanged), (.undefined(.zeroBase), 0, 0, .unchanged),
      (.undefined(.zeroBase), 5, 0, .new), (.value(0.04), 100.04, 100, .unchanged),
      (.value(8.65), 108.65, 100, .rate(ShownRate(tenths: 87))),
      (.undefined(.noBase), 5, 0, .undefined(.noBase)),
    ]
    for (growth, current, base, expected) in cases {
      #expect(GrowthOutcome(growth, current: current, base: base) == expected)
      #expect(GrowthOutcome(growth, current: Decimal(current), base: Decimal(base)) == expected)
    }
    #expect(GrowthOutcome(.undefined(.negativeBase), current: Double?.none, base: nil) == .undefined(.noBase))
  }
}
