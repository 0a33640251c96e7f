import Testing
@testable import WartaNumerals

@Suite struct ExactDecimalTests {
    @Test func scaleWordsStayExact() {
        let v = ExactDecimal(digits: [1, 4, 8], exponent: -1).shifted(by: 9)
        #expect(v.description == "14800000000")
        #expect(ExactDecimal(digits: [5, 2], exponent: 0).shifted(by: 33).description == "52" + String(repeating: "0", count: 33))
    }

    @Test func additionAndSubtraction() {
        #expect((ExactDecimal(921).shifted(by: 9) + ExactDecimal(7)).description == "921000000007")
        #expect((ExactDecimal(5) + ExactDecimal(digits: [2, 5], exponent: -2)).description == "5.25")
        #expect((ExactDecimal(3) + ExactDecimal(10).negated()).description == "-7")
        #expect(ExactDecimal(digits: [0, 0, 3, 3], exponent: 0).description == "33")
    }

    @Test func fractionsAndOrder() {
        #expect(ExactDecimal(1).divided(by: 5).description == "0.2")
        #expect(ExactDecimal(3).divided(by: 4).description == "0.75")
        #expect(ExactDecimal(2).divided(by: 3).description.hasPrefix("0.666666666666"))
        #expect(ExactDecimal(10) < ExactDecimal(20))
        #expect(!(ExactDecimal(20) < ExactDecimal(20)))
        #expect(ExactDecimal(digits: [1, 5], exponent: -1).intValue == nil)
    }

    @Test func printsPlainAndGrouped() {
        #expect(ExactDecimal(digits: [2, 5], exponent: -4).description == "0.0025")
        #expect(ExactDecimal(digits: [1, 5], exponent: 5).text(grouped: true) == "1,500,000")
        #expect(ExactDecimal(digits: [1, 2, 3, 4, 5], exponent: -1, negative: true).text(grouped: true) == "-1,234.5")
        #expect(ExactDecimal(1000).text(grouped: true) == "1,000")
        #expect(ExactDecimal(100).text(grouped: true) == "100")
        #expect(ExactDecimal.zero.description == "0")
    }
}
