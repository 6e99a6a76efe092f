// Hostile bank text (issue 19, case 8): long values are cut in messages, and CR-only line endings are
// named as such instead of producing a YAML message about ': '.
#include <doctest/doctest.h>

#include "bank_test_helpers.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/text/message_text.hpp"

using namespace retain;
using retain::test::describe;
using retain::test::findProblem;

TEST_CASE("messages: a long value is cut, with its length; a short one is shown whole") {
    CHECK(quoteValue("trade-2017") == "'trade-2017'");
    const std::string cut = quoteValue(std::string(10000, 'x'));
    CHECK(cut.size() < 120);
    CHECK(cut.find("\u2026") != std::string::npos);
    CHECK(cut.find("10000 characters") != std::string::npos);
    // Cut between code points, never inside one.
    std::string cyrillic;
    for (int i = 0; i < 500; ++i) cyrillic += "\u0436";
    const std::string cutCyrillic = quoteValue(cyrillic);
    CHECK(cutCyrillic.find("500 characters") != std::string::npos);
    CHECK(cutCyrillic.starts_with("'\u0436\u0436"));
}

TEST_CASE("lint: a 10,000-character question id is not echoed in full") {
    const std::string id(10000, 'A');
    const std::string text = "bank:\n  id: long\n  title: Long\nquestions:\n  - id: " + id +
                             "\n    type: true_false\n    prompt: The sky is blue.\n    answer: true\n";
    const BankLoadResult result = loadBankFromString(text, "long.yaml");
    INFO(describe(result.problems));
    const Problem* problem = findProblem(result.problems, "question id");
    REQUIRE(problem != nullptr);
    CHECK(problem->format().size() < 300);
    CHECK(problem->message.find("10000 characters") != std::string::npos);
    CHECK(problem->line == 5);
    for (const Problem& each : result.problems) CHECK(each.format().size() < 400);
}

TEST_CASE("lint: a long unknown key and a long bank id are cut too") {
    const std::string key(1000, 'k');  // yaml-cpp reads plain keys up to 1024 characters
    const std::string text = "bank:\n  id: " + std::string(3000, 'B') + "\n  title: Long\nquestions:\n  - id: q1\n    " + key +
                             ": 1\n    type: true_false\n    prompt: The sky is blue.\n    answer: true\n";
    const BankLoadResult result = loadBankFromString(text, "long.yaml");
    INFO(describe(result.problems));
    REQUIRE(findProblem(result.problems, "unknown key") != nullptr);
    REQUIRE(findProblem(result.problems, "bank id") != nullptr);
    for (const Problem& each : result.problems) CHECK(each.format().size() < 400);
}

TEST_CASE("lint: a file with CR-only line endings is told so") {
    const std::string text = "bank:\r  id: mac\r  title: Mac\rquestions:\r  - id: q1\r    type: true_false\r    prompt: Sky.\r    answer: true\r";
    const BankLoadResult result = loadBankFromString(text, "mac.yaml");
    INFO(describe(result.problems));
    REQUIRE(result.problems.size() == 1);
    const Problem& problem = result.problems.front();
    CHECK(problem.message.find("old Mac style line endings (CR only)") != std::string::npos);
    CHECK(problem.message.find("save it with LF") != std::string::npos);
    CHECK(problem.message.find("': '") == std::string::npos);

    // Windows CR LF is fine.
    std::string windows;
    for (char c : text) {
        windows += c;
        if (c == '\r') windows += '\n';
    }
    const BankLoadResult crlf = loadBankFromString(windows, "windows.yaml");
    INFO(describe(crlf.problems));
    CHECK(crlf.ok);
    for (const Problem& each : crlf.problems) CHECK(each.severity == Severity::Warning);  // "no explanation" only
}
