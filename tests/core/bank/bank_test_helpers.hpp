// Shared helpers of the bank tests.
#pragma once

#include <string>
#include <string_view>

#include "core/bank/problem.hpp"

namespace retain::test {

// Returns the path of a file under tests/data/banks.
inline std::string bankFixture(std::string_view relative) {
    return std::string(RETAIN_TEST_DATA) + "/banks/" + std::string(relative);
}

// Returns the first problem whose message contains text, or nullptr.
inline const Problem* findProblem(const ProblemList& problems, std::string_view text) {
    for (const Problem& problem : problems) {
        if (problem.message.find(text) != std::string::npos) return &problem;
    }
    return nullptr;
}

// Returns all problems, one formatted per line, for failure messages.
inline std::string describe(const ProblemList& problems) {
    std::string out;
    for (const Problem& problem : problems) out += problem.format() + "\n";
    return out;
}

}  // namespace retain::test
