// A located problem found while loading or linting a bank: "file:line:column: message".
#pragma once

#include <string>
#include <vector>

namespace retain {

enum class Severity { Error, Warning };

struct Problem {
    std::string file;   // path as given to the loader
    int line = 0;       // 1-based; 0 when the problem concerns the whole file
    int column = 0;     // 1-based; 0 when unknown
    Severity severity = Severity::Error;
    std::string message;

    // Returns "file:line:column: error: message" (line/column left out when 0).
    std::string format() const;
};

using ProblemList = std::vector<Problem>;

}  // namespace retain
